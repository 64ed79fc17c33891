using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// What Reporting itself holds about a province, read once per request: its unit tree, submitted statistics and
/// targets. Registry counts are not here: they are asked of the owning services.
/// </summary>
public sealed class ProvinceSnapshot
{
    private readonly Dictionary<string, AdministrativeUnit> _units;
    private readonly ILookup<string, AdministrativeUnit> _children;
    private readonly Dictionary<(string Indicator, string Unit, string Period, string Category), decimal> _statistics;
    private readonly ILookup<(string Indicator, string Unit, string Period), string> _categories;
    private readonly Dictionary<(string Indicator, string Unit, int Year, string Category), decimal> _targets;

    private ProvinceSnapshot(AdministrativeUnit province, List<AdministrativeUnit> units, List<StatisticValue> statistics, List<IndicatorTarget> targets)
    {
        Province = province;
        _units = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _children = units.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
        Statistics = statistics;
        _statistics = statistics.ToDictionary(s => (s.Indicator, s.UnitCode, s.Period, s.Category), s => s.Value);
        _categories = statistics.Where(s => s.Category.Length > 0).ToLookup(s => (s.Indicator, s.UnitCode, s.Period), s => s.Category);
        _targets = targets.ToDictionary(t => (t.Indicator, t.UnitCode, t.Year, t.Category), t => t.Target);
    }

    public AdministrativeUnit Province { get; }

    public IReadOnlyList<StatisticValue> Statistics { get; }

    public AdministrativeUnit? Unit(string code) => _units.GetValueOrDefault(code);

    public IEnumerable<AdministrativeUnit> Children(string code) => _children[code];

    /// <summary>Communes within <paramref name="unit"/> (the unit itself when it is one).</summary>
    public IEnumerable<AdministrativeUnit> CommunesWithin(AdministrativeUnit unit) => unit.Level switch
    {
        UnitLevel.Commune => [unit],
        _ => Children(unit.Code).SelectMany(CommunesWithin),
    };

    public decimal? Reported(string indicator, string unit, string period, string category) =>
        _statistics.TryGetValue((indicator, unit, period, category), out var value) ? value : null;

    /// <summary>Categories with a submitted value for the indicator, unit and period.</summary>
    public IEnumerable<string> ReportedCategories(string indicator, string unit, string period) => _categories[(indicator, unit, period)];

    public decimal? Target(string indicator, string unit, int year, string category) =>
        _targets.TryGetValue((indicator, unit, year, category), out var target) ? target : null;

    /// <summary>The province's data, or null when the province is not loaded.</summary>
    public static async Task<ProvinceSnapshot?> LoadAsync(ReportingDbContext db, string province, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.ProvinceCode == province).ToListAsync(cancellationToken);
        var root = units.SingleOrDefault(u => u.Level == UnitLevel.Province && u.Code == province);
        if (root is null)
        {
            return null;
        }
        var statistics = await db.Statistics.AsNoTracking().Where(s => s.ProvinceCode == province).ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(t => t.ProvinceCode == province).ToListAsync(cancellationToken);
        return new ProvinceSnapshot(root, units, statistics, targets);
    }
}
