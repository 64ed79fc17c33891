using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>agencies.csv (an IT addition to DATASET-FORMAT.md): code, name, kind, unit, procedures (optional, default 0).</summary>
internal sealed class AgenciesImport(InformationTechnologyDbContext db, ItImportScope scope)
    : DatasetFileImport(ItDatasetImport.AgenciesFile, ["code", "name", "kind", "unit"], ["procedures"])
{
    private readonly List<Agency> _candidates = [];

    protected override string KeyColumn => "code";

    protected override string? ReadRow(DatasetRow row)
    {
        var code = row.Required("code", 64);
        var name = row.Required("name");
        var kind = row.Enum<AgencyKind>("kind");
        var unit = scope.Unit(row, "unit", required: true);
        var procedures = row.WholeNumber("procedures", required: false);
        if (procedures is < 0 or > int.MaxValue)
        {
            row.Error("procedures", $"must be a count from 0 (got {procedures})");
        }
        if (row.HasErrors)
        {
            return code;
        }
        scope.AddDatasetAgency(code!, unit!.Code);
        _candidates.Add(new Agency
        {
            ProvinceCode = scope.Province, Code = code!, Name = name!, NameFolded = VietnameseText.Fold(name!), Kind = kind!.Value, UnitCode = unit.Code,
            Procedures = (int)(procedures ?? 0),
        });
        return code;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Agencies.Where(a => a.ProvinceCode == scope.Province).ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, a => a.Code, a => db.Agencies.Add(a), (agency, candidate) => agency.Take(candidate));
    }
}
