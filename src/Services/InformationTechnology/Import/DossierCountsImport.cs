using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>
/// dossier_counts.csv (an IT addition to DATASET-FORMAT.md): unit, period, received, resolved, and optionally
/// received_online, received_direct, resolved_on_time, resolved_late, pending, apologies. Keyed by unit and period;
/// a unit's periods may not overlap, in the file or with those stored.
/// </summary>
internal sealed class DossierCountsImport(InformationTechnologyDbContext db, ItImportScope scope)
    : DatasetFileImport(ItDatasetImport.DossierCountsFile, ["unit", "period", "received", "resolved"],
        ["received_online", "received_direct", "resolved_on_time", "resolved_late", "pending", "apologies"])
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["received"] = "received", ["receivedOnline"] = "received_online", ["receivedDirect"] = "received_direct", ["resolved"] = "resolved",
        ["resolvedOnTime"] = "resolved_on_time", ["resolvedLate"] = "resolved_late", ["pending"] = "pending", ["apologies"] = "apologies",
    };

    private readonly List<DossierCount> _candidates = [];

    protected override string KeyColumn => "period";

    protected override string? ReadRow(DatasetRow row)
    {
        var unit = scope.Unit(row, "unit", required: true);
        var period = row.Period("period");
        var received = row.WholeNumber("received");
        var resolved = row.WholeNumber("resolved");
        var figures = new DossierFigures(
            received ?? 0, row.WholeNumber("received_online", required: false), row.WholeNumber("received_direct", required: false), resolved ?? 0,
            row.WholeNumber("resolved_on_time", required: false), row.WholeNumber("resolved_late", required: false),
            row.WholeNumber("pending", required: false), row.WholeNumber("apologies", required: false));
        if (row.HasErrors)
        {
            return null;
        }
        foreach (var (field, message) in figures.Problems())
        {
            row.Error(Columns[field], message);
        }
        var unitRows = _candidates.Where(c => c.UnitCode == unit!.Code).Concat(scope.StoredDossierPeriods.GetValueOrDefault(unit!.Code) ?? []);
        if (unitRows.FirstOverlapping(period!) is { } other)
        {
            row.Error("period", RecordedPeriods.OverlapMessage(period!, other, unit.Code));
        }
        if (row.HasErrors)
        {
            return null;
        }
        var count = new DossierCount
        {
            ProvinceCode = scope.Province, UnitCode = unit.Code, Period = period!.Code, Year = period.Year, FirstMonth = period.FirstMonth, LastMonth = period.LastMonth,
            Received = figures.Received, Resolved = figures.Resolved,
        };
        count.Set(figures);
        _candidates.Add(count);
        return $"{unit.Code} {period.Code}";
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.DossierCounts.Where(c => c.ProvinceCode == scope.Province).ToDictionaryAsync(c => (c.UnitCode, c.Period), cancellationToken);
        return Upsert(stored, _candidates, c => (c.UnitCode, c.Period), c => db.DossierCounts.Add(c), (count, candidate) =>
        {
            if (count.Holds(candidate.Figures))
            {
                return false;
            }
            count.Set(candidate.Figures);
            return true;
        });
    }
}
