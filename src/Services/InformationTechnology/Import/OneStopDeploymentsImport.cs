using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>
/// onestop_deployments.csv: unit, deployed_on; IT adds the optional agency (a provincial agency's desk, registered
/// or in the same dataset's agencies.csv), which with the unit keys the row.
/// </summary>
internal sealed class OneStopDeploymentsImport(InformationTechnologyDbContext db, ItImportScope scope)
    : DatasetFileImport(ItDatasetImport.OneStopDeploymentsFile, ["unit", "deployed_on"], ["agency"])
{
    private readonly List<OneStopDeployment> _candidates = [];

    protected override string KeyColumn => "unit";

    protected override string? ReadRow(DatasetRow row)
    {
        var unit = scope.Unit(row, "unit", required: true);
        var deployedOn = row.Date("deployed_on");
        var agency = row.Optional("agency") ?? string.Empty;
        if (agency.Length > 0 && scope.AgencyUnit(agency) is null)
        {
            row.Error("agency", $"'{agency}' is an agency neither of province {scope.Province} nor of this dataset's agencies.csv");
        }
        if (row.HasErrors)
        {
            return null;
        }
        _candidates.Add(new OneStopDeployment { ProvinceCode = scope.Province, UnitCode = unit!.Code, AgencyCode = agency, DeployedOn = deployedOn!.Value });
        return agency.Length == 0 ? unit.Code : $"{unit.Code} {agency}";
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.OneStopDeployments.Where(d => d.ProvinceCode == scope.Province)
            .ToDictionaryAsync(d => (d.UnitCode, d.AgencyCode), cancellationToken);
        return Upsert(stored, _candidates, d => (d.UnitCode, d.AgencyCode), d => db.OneStopDeployments.Add(d), (deployment, candidate) =>
        {
            if (deployment.DeployedOn == candidate.DeployedOn)
            {
                return false;
            }
            deployment.DeployedOn = candidate.DeployedOn;
            return true;
        });
    }
}
