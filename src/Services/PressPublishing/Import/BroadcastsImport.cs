using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>
/// broadcasts.csv: station, medium, period, language (empty for the station's total), unit, hours, plan_hours.
/// A language row is a part of its station's total for the same medium and period, which must be in the file or
/// stored already, in the same unit; the parts together never exceed the total.
/// </summary>
internal sealed class BroadcastsImport(PressPublishingDbContext db, PressImportScope scope)
    : DatasetFileImport(PressDatasetImport.BroadcastsFile, ["station", "medium", "period", "unit", "hours"], ["language", "plan_hours"]), ICrossRowCheck
{
    private readonly List<(int Line, BroadcastHours Row)> _candidates = [];

    protected override string KeyColumn => "language";

    protected override string? ReadRow(DatasetRow row)
    {
        var station = row.Required("station");
        var medium = row.Enum<BroadcastMedium>("medium");
        var period = row.Period("period");
        BroadcastLanguage? language = null;
        if (row.Optional("language") is not null)
        {
            language = row.Enum<BroadcastLanguage>("language");
        }
        var unit = scope.Unit(row, "unit");
        var hours = PressImportScope.NotNegative(row, "hours");
        var plan = PressImportScope.NotNegative(row, "plan_hours", required: false);
        if (row.HasErrors)
        {
            return null;
        }
        _candidates.Add((row.Line, new BroadcastHours
        {
            ProvinceCode = scope.Province, Station = station!, StationFolded = VietnameseText.Fold(station!), Medium = medium!.Value,
            Period = period!.Code, PeriodStart = period.Start, PeriodEnd = period.End, LanguageKey = BroadcastHours.KeyOf(language),
            UnitCode = unit!, Hours = hours!.Value, PlanHours = plan,
        }));
        return KeyOf(_candidates[^1].Row);
    }

    public async Task CheckAsync(DatasetErrors errors, CancellationToken cancellationToken)
    {
        var stored = await db.Broadcasts.AsNoTracking().Where(h => h.ProvinceCode == scope.Province).ToListAsync(cancellationToken);
        // The file's rows replace the stored ones of the same key.
        var merged = stored.ToDictionary(KeyOf, h => (Line: 0, Row: h), StringComparer.Ordinal);
        foreach (var candidate in _candidates)
        {
            merged[KeyOf(candidate.Row)] = candidate;
        }
        foreach (var series in merged.Values.GroupBy(c => (c.Row.Station, c.Row.Medium, c.Row.Period)))
        {
            var total = series.SingleOrDefault(c => c.Row.IsTotal);
            var parts = series.Where(c => !c.Row.IsTotal).ToList();
            if (parts.Count == 0)
            {
                continue;
            }
            if (total.Row is null)
            {
                foreach (var part in parts.Where(p => p.Line > 0))
                {
                    errors.Add(File, part.Line, "language", $"'{part.Row.LanguageKey}' hours of '{part.Row.Station}' ({WireNames.ToWire(part.Row.Medium)}, {part.Row.Period}) need the station's total row (language empty)");
                }
                continue;
            }
            foreach (var part in parts.Where(p => p.Line > 0 && p.Row.UnitCode != total.Row.UnitCode))
            {
                errors.Add(File, part.Line, "unit", $"'{part.Row.UnitCode}' is not the unit of the station's total ({total.Row.UnitCode})");
            }
            if (BroadcastHours.PartsAboveTotal(total.Row.Hours, parts.Select(p => (p.Row.Language!.Value, p.Row.Hours))) is { } problem)
            {
                // Named on the row that broke it: the total when it is in the file, else the last part.
                var line = total.Line > 0 ? total.Line : parts.Max(p => p.Line);
                errors.Add(File, line, "hours", problem);
            }
        }
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Broadcasts.Where(h => h.ProvinceCode == scope.Province).ToDictionaryAsync(KeyOf, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates.Select(c => c.Row), KeyOf, h => db.Broadcasts.Add(h), (row, candidate) =>
        {
            if (row.UnitCode == candidate.UnitCode && row.Hours == candidate.Hours && row.PlanHours == candidate.PlanHours)
            {
                return false;
            }
            row.UnitCode = candidate.UnitCode;
            row.Hours = candidate.Hours;
            row.PlanHours = candidate.PlanHours;
            return true;
        });
    }

    private static string KeyOf(BroadcastHours h) => $"{h.Station}|{h.Medium}|{h.Period}|{h.LanguageKey}";
}
