using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.ServiceKit.Datasets;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Import;

/// <summary>targets.csv: indicator, unit, year, category (optional), target; keyed by all but the target.</summary>
internal sealed class TargetsImport(ReportingDbContext db, ReportingImportScope scope)
    : DatasetFileImport(DatasetFiles.Targets, ["indicator", "unit", "year", "target"], ["category"])
{
    private readonly List<IndicatorTarget> _candidates = [];

    protected override string KeyColumn => "indicator";

    protected override string? ReadRow(DatasetRow row)
    {
        var indicator = scope.Indicator(row, "indicator");
        var unit = scope.Unit(row, "unit");
        var year = row.WholeNumber("year");
        if (year is { } written && IndicatorFigureRules.YearProblem(written) is { } problem)
        {
            row.Error("year", problem);
        }
        var category = ReportingImportScope.Category(row, "category", indicator);
        var target = ReportingImportScope.Figure(row, "target", indicator);
        if (row.HasErrors)
        {
            return null;
        }
        _candidates.Add(new IndicatorTarget
        {
            ProvinceCode = scope.Province, Indicator = indicator!.Code, UnitCode = unit!, Year = (int)year!.Value, Category = category!, Target = target!.Value,
        });
        return $"{indicator.Code} / {unit} / {year} / {category}";
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Targets.Where(t => t.ProvinceCode == scope.Province)
            .ToDictionaryAsync(t => (t.Indicator, t.UnitCode, t.Year, t.Category), cancellationToken);
        return Upsert(stored, _candidates, c => (c.Indicator, c.UnitCode, c.Year, c.Category), c => db.Targets.Add(c), (target, candidate) =>
        {
            var changed = target.Target != candidate.Target;
            target.Target = candidate.Target;
            return changed;
        });
    }
}
