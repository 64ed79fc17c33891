using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// Works out indicator values for one province within one request, in the order INDICATORS.md fixes: the value
/// reported for exactly that unit, period and category; else the computed one: a registry count, a formula over
/// inputs recomputed at this level, or the sum of the unit's categories (for the total) or of its children.
/// Every value is remembered, so a report asking for many indicators reads each input once.
/// </summary>
public sealed class IndicatorEvaluator(IndicatorCatalogue catalogue, ProvinceSnapshot province, RegistryCounts counts)
{
    private const string Population = "POP";
    private const string Area = "AREA";
    private const string Communes = "UNITS.COMMUNE";
    private const string Xa = "UNITS.XA";

    private readonly Dictionary<(string Indicator, string Unit, string Period, string Category), ResolvedValue?> _values = [];

    public ProvinceSnapshot Province => province;

    public IndicatorCatalogue Catalogue => catalogue;

    public async Task<IndicatorReading> ReadAsync(IndicatorDefinition indicator, string unit, ReportingPeriod period, string category, CancellationToken cancellationToken)
    {
        var value = await ValueAsync(indicator, unit, period, category, cancellationToken);
        var target = province.Target(indicator.Code, unit, period.Year, category);
        decimal? planPercent = value is { } actual && target is { } plan && plan != 0 ? actual.Value / plan * 100 : null;
        decimal? growth = null;
        // Growth of a rate over a rate says little; the reports compare percentages in points, which the table shows side by side.
        if (value is { } current && indicator.MeasureUnit != "%" &&
            await ValueAsync(indicator, unit, period.YearEarlier(), category, cancellationToken) is { } earlier && earlier.Value != 0)
        {
            growth = (current.Value / earlier.Value - 1) * 100;
        }
        return new IndicatorReading(indicator, unit, period, category, value, target, planPercent, growth);
    }

    public async ValueTask<ResolvedValue?> ValueAsync(IndicatorDefinition indicator, string unit, ReportingPeriod period, string category, CancellationToken cancellationToken)
    {
        var key = (indicator.Code, unit, period.Code, category);
        if (_values.TryGetValue(key, out var known))
        {
            return known;
        }
        ResolvedValue? value = province.Reported(indicator.Code, unit, period.Code, category) is { } reported
            ? new ResolvedValue(reported, IndicatorValueSource.Reported)
            : await ComputeAsync(indicator, unit, period, category, cancellationToken) is { } computed
                ? new ResolvedValue(computed, IndicatorValueSource.Computed)
                : null;
        _values[key] = value;
        return value;
    }

    /// <summary>The value the platform computes, ignoring any figure reported for exactly this unit, period and category.</summary>
    public async ValueTask<decimal?> ComputeAsync(IndicatorDefinition indicator, string unit, ReportingPeriod period, string category, CancellationToken cancellationToken)
    {
        if (province.Unit(unit) is not { } node)
        {
            return null;
        }
        switch (indicator.Kind)
        {
            case IndicatorKind.Derived:
                return await FormulaAsync(indicator, unit, period, cancellationToken);
            case IndicatorKind.Count when await RegistryCountAsync(indicator, unit, period, category, cancellationToken) is { } count:
                return count;
            case IndicatorKind.Stat when category.Length == 0 && indicator.Code is Population or Area && UnitAttribute(indicator.Code, node) is { } attribute:
                return attribute;
            default:
                return await SumOfPartsAsync(indicator, unit, period, category, cancellationToken);
        }
    }

    /// <summary>
    /// The count of a count indicator from its registry (Reporting's own unit tree, or the owning service); null when
    /// the service does not count it or holds no rows of the province.
    /// </summary>
    public async ValueTask<decimal?> RegistryCountAsync(IndicatorDefinition indicator, string unit, ReportingPeriod period, string category, CancellationToken cancellationToken)
    {
        if (indicator.Kind != IndicatorKind.Count || province.Unit(unit) is not { } node)
        {
            return null;
        }
        if (indicator.Owner == Platform.Reporting)
        {
            return category.Length == 0 ? CountUnits(indicator.Code, node) : null;
        }
        return await counts.CountAsync(indicator, province, unit, period, category, cancellationToken);
    }

    /// <summary>The formula over its inputs at this unit; null when an input has no value.</summary>
    public async ValueTask<decimal?> FormulaAsync(IndicatorDefinition indicator, string unit, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var formula = indicator.Formula!;
        var inputs = new List<decimal?>(formula.Inputs.Count);
        foreach (var input in formula.Inputs)
        {
            var definition = catalogue.Find(input.Indicator)!;
            inputs.Add(input.Target
                ? province.Target(input.Indicator, unit, period.Year, string.Empty)
                : (await ValueAsync(definition, unit, input.YearEarlier ? period.YearEarlier() : period, string.Empty, cancellationToken))?.Value);
        }
        return formula.Compute(inputs);
    }

    /// <summary>The sum of the values reported by category (for the total), else of the unit's children when every child has one.</summary>
    public async ValueTask<decimal?> SumOfPartsAsync(IndicatorDefinition indicator, string unit, ReportingPeriod period, string category, CancellationToken cancellationToken) =>
        SumOfCategories(indicator, unit, period, category) ?? await SumOfChildrenAsync(indicator, unit, period, category, cancellationToken);

    public decimal? SumOfCategories(IndicatorDefinition indicator, string unit, ReportingPeriod period, string category)
    {
        if (category.Length > 0)
        {
            return null;
        }
        var parts = province.ReportedCategories(indicator.Code, unit, period.Code).ToList();
        return parts.Count == 0 ? null : parts.Sum(part => province.Reported(indicator.Code, unit, period.Code, part)!.Value);
    }

    /// <summary>The children's sum when every child has a value: a sum over some of them would pass for a total and be wrong.</summary>
    public async ValueTask<decimal?> SumOfChildrenAsync(IndicatorDefinition indicator, string unit, ReportingPeriod period, string category, CancellationToken cancellationToken)
    {
        var children = province.Children(unit).ToList();
        if (children.Count == 0)
        {
            return null;
        }
        var sum = 0m;
        foreach (var child in children)
        {
            if (await ValueAsync(indicator, child.Code, period, category, cancellationToken) is not { } value)
            {
                return null;
            }
            sum += value.Value;
        }
        return sum;
    }

    private decimal? CountUnits(string code, AdministrativeUnit unit) => code switch
    {
        Communes => province.CommunesWithin(unit).Count(),
        Xa => province.CommunesWithin(unit).Count(c => c.Type == "Xã"),
        _ => null,
    };

    private static decimal? UnitAttribute(string code, AdministrativeUnit unit) => code switch
    {
        Population => unit.Population,
        Area => unit.AreaKm2 is { } area ? (decimal)area : null,
        _ => null,
    };
}
