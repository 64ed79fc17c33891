using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>commune_radio.csv: unit (a commune), kind, status, installed_on.</summary>
internal sealed class CommuneRadioImport(PressPublishingDbContext db, PressImportScope scope)
    : DatasetFileImport(PressDatasetImport.CommuneRadioFile, ["unit", "kind", "status", "installed_on"], [])
{
    private readonly List<CommuneRadioStation> _candidates = [];

    protected override string KeyColumn => "unit";

    protected override string? ReadRow(DatasetRow row)
    {
        var unit = scope.Unit(row, "unit", communeOnly: true);
        var kind = row.Enum<CommuneRadioKind>("kind");
        var status = row.Enum<CommuneRadioStatus>("status");
        var installedOn = row.Date("installed_on");
        if (!row.HasErrors)
        {
            _candidates.Add(new CommuneRadioStation { ProvinceCode = scope.Province, UnitCode = unit!, Kind = kind!.Value, Status = status!.Value, InstalledOn = installedOn!.Value });
        }
        return unit;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.CommuneRadios.Where(r => r.ProvinceCode == scope.Province).ToDictionaryAsync(r => r.UnitCode, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, r => r.UnitCode, r => db.CommuneRadios.Add(r), (row, candidate) =>
        {
            if (row.Kind == candidate.Kind && row.Status == candidate.Status && row.InstalledOn == candidate.InstalledOn)
            {
                return false;
            }
            row.Kind = candidate.Kind;
            row.Status = candidate.Status;
            row.InstalledOn = candidate.InstalledOn;
            return true;
        });
    }
}
