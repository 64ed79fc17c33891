using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Import;

/// <summary>statistics.csv: indicator, unit, period, category (optional), value; keyed by all but the value.</summary>
internal sealed class StatisticsImport(ReportingDbContext db, ReportingImportScope scope)
    : DatasetFileImport(DatasetFiles.Statistics, ["indicator", "unit", "period", "value"], ["category"])
{
    private readonly List<StatisticValue> _candidates = [];

    protected override string KeyColumn => "indicator";

    protected override string? ReadRow(DatasetRow row)
    {
        var indicator = scope.Indicator(row, "indicator");
        var unit = scope.Unit(row, "unit");
        var period = row.Period("period");
        var category = ReportingImportScope.Category(row, "category", indicator);
        var value = ReportingImportScope.Figure(row, "value", indicator);
        if (row.HasErrors)
        {
            return null;
        }
        _candidates.Add(new StatisticValue
        {
            ProvinceCode = scope.Province, Indicator = indicator!.Code, UnitCode = unit!, Period = period!.Code, Category = category!, Value = value!.Value,
        });
        return $"{indicator.Code} / {unit} / {period.Code} / {category}";
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Statistics.Where(s => s.ProvinceCode == scope.Province)
            .ToDictionaryAsync(s => (s.Indicator, s.UnitCode, s.Period, s.Category), cancellationToken);
        return Upsert(stored, _candidates, c => (c.Indicator, c.UnitCode, c.Period, c.Category), c => db.Statistics.Add(c), (statistic, candidate) =>
        {
            var changed = statistic.Value != candidate.Value;
            statistic.Value = candidate.Value;
            return changed;
        });
    }
}
