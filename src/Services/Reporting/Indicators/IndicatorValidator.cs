using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// Checks every reported figure of a period against what the other data computes for it (its categories, its
/// children, its formula, its registry count) and against its bounds, and cumulative figures against the earlier
/// periods of their year. Disagreement within display rounding is not a violation: counts must match exactly,
/// other figures within half of the last decimal the report printed.
/// </summary>
public sealed class IndicatorValidator(IndicatorEvaluator evaluator)
{
    public async Task<IReadOnlyList<ValidationViolation>> ValidateAsync(ReportingPeriod scope, CancellationToken cancellationToken)
    {
        var province = evaluator.Province;
        var violations = new List<ValidationViolation>();
        var rows = province.Statistics
            .Select(row => (Row: row, Period: ReportingPeriod.TryParse(row.Period, out var period) ? period : null, Indicator: evaluator.Catalogue.Find(row.Indicator)))
            .Where(r => r.Period is not null && r.Indicator is not null && Within(r.Period, scope))
            .OrderBy(r => r.Row.Indicator, StringComparer.Ordinal).ThenBy(r => r.Row.UnitCode, StringComparer.Ordinal)
            .ThenBy(r => r.Period!.Year).ThenBy(r => r.Period!.LastMonth).ThenBy(r => r.Period!.FirstMonth).ThenBy(r => r.Row.Category, StringComparer.Ordinal)
            .ToList();
        foreach (var (row, period, indicator) in rows)
        {
            await CheckAsync(row, indicator!, period!, violations.Add, cancellationToken);
        }
        foreach (var cumulative in rows.Where(r => r.Indicator!.IsCumulative && r.Period!.FirstMonth == 1)
                     .GroupBy(r => (r.Row.Indicator, r.Row.UnitCode, r.Row.Category, r.Period!.Year)))
        {
            CheckCumulative([.. cumulative.Select(r => (r.Row, r.Period!, r.Indicator!))], violations.Add);
        }
        foreach (var (unit, period) in rows.Where(r => r.Row.Category.Length == 0 && IndicatorRelation.All.Any(rel => rel.Members.Contains(r.Row.Indicator)))
                     .Select(r => (r.Row.UnitCode, r.Period!)).Distinct())
        {
            await CheckRelationsAsync(unit, period, violations.Add, cancellationToken);
        }
        return violations;
    }

    /// <summary>A period lies in the scope when its months lie inside the scope's: a year's validation covers its quarters, halves and months.</summary>
    private static bool Within(ReportingPeriod period, ReportingPeriod scope) =>
        period.Year == scope.Year && period.FirstMonth >= scope.FirstMonth && period.LastMonth <= scope.LastMonth;

    private async Task CheckAsync(StatisticValue row, IndicatorDefinition indicator, ReportingPeriod period, Action<ValidationViolation> report, CancellationToken cancellationToken)
    {
        var reported = row.Value;
        ValidationViolation Violation(string rule, decimal right, string message) =>
            new(rule, row.Indicator, row.UnitCode, row.Period, row.Category, reported, right, message);
        string What() => $"{indicator.Code}{(row.Category.Length > 0 ? $" ({row.Category})" : string.Empty)} of {row.UnitCode} in {row.Period}";

        if (indicator.IsBoundedPercentage && reported is < 0 or > 100)
        {
            report(Violation(ValidationRules.PercentageBounds, reported < 0 ? 0 : 100, $"{What()} is {indicator.Display(reported)} %, outside 0–100"));
        }
        else if (!indicator.MayBeNegative && reported < 0)
        {
            report(Violation(ValidationRules.Negative, 0, $"{What()} is negative ({indicator.Display(reported)})"));
        }

        if (evaluator.SumOfCategories(indicator, row.UnitCode, period, row.Category) is { } categories && !Agrees(indicator, reported, categories))
        {
            report(Violation(ValidationRules.SumOfCategories, categories,
                $"{What()} is reported as {indicator.Display(reported)} but its categories sum to {indicator.Display(categories)}"));
        }
        if (row.Category.Length > 0 && evaluator.Province.Reported(row.Indicator, row.UnitCode, row.Period, string.Empty) is { } total && reported > total)
        {
            report(Violation(ValidationRules.PartExceedsTotal, total, $"{What()} is {indicator.Display(reported)}, above the total of {indicator.Display(total)}"));
        }
        if (indicator.PartOf is var (wholeCode, wholeCategory) && evaluator.Catalogue.Find(wholeCode) is { } whole
            && (await evaluator.ValueAsync(whole, row.UnitCode, period, wholeCategory, cancellationToken))?.Value is { } wholeValue && reported > wholeValue)
        {
            report(Violation(ValidationRules.PartExceedsTotal, wholeValue,
                $"{What()} is {indicator.Display(reported)}, above {whole.Code} ({wholeCategory}) of {whole.Display(wholeValue)} it is a part of"));
        }
        // A registry's count of the children adds up to its count of the unit: the registry check below says it once.
        var registryCount = await evaluator.RegistryCountAsync(indicator, row.UnitCode, period, row.Category, cancellationToken);
        if (registryCount is null &&
            await evaluator.SumOfChildrenAsync(indicator, row.UnitCode, period, row.Category, cancellationToken) is { } children && !Agrees(indicator, reported, children))
        {
            report(Violation(ValidationRules.SumOfChildren, children,
                $"{What()} is reported as {indicator.Display(reported)} but its units sum to {indicator.Display(children)}"));
        }
        if (indicator.Kind == IndicatorKind.Derived &&
            await evaluator.FormulaAsync(indicator, row.UnitCode, period, cancellationToken) is { } formula && !Agrees(indicator, reported, formula))
        {
            report(Violation(ValidationRules.Formula, formula,
                $"{What()} is reported as {indicator.Display(reported)} but {indicator.Formula!.Text} gives {indicator.Display(formula)}"));
        }
        if (registryCount is { } counted && !Agrees(indicator, reported, counted))
        {
            report(Violation(ValidationRules.RegistryCount, counted,
                $"{What()} is reported as {indicator.Display(reported)} but the registry counts {indicator.Display(counted)}"));
        }
    }

    /// <summary>Each relation one of whose figures is reported for the unit and period, with every side known.</summary>
    private async Task CheckRelationsAsync(string unit, ReportingPeriod period, Action<ValidationViolation> report, CancellationToken cancellationToken)
    {
        foreach (var relation in IndicatorRelation.All.Where(rel => rel.Members.Any(code => evaluator.Province.Reported(code, unit, period.Code, string.Empty) is not null)))
        {
            var values = new List<decimal>();
            foreach (var code in relation.Members)
            {
                if (evaluator.Catalogue.Find(code) is not { } indicator
                    || await evaluator.ValueAsync(indicator, unit, period, string.Empty, cancellationToken) is not { } value)
                {
                    break;
                }
                values.Add(value.Value);
            }
            if (values.Count != relation.Parts.Count + 1)
            {
                continue;
            }
            var (parts, whole) = (values.Take(relation.Parts.Count).Sum(), values[^1]);
            if (relation.Exact ? parts != whole : parts > whole)
            {
                report(new ValidationViolation(ValidationRules.PartsOfWhole, relation.Parts[0], unit, period.Code, string.Empty, parts, whole,
                    $"{relation.Text} does not hold for {unit} in {period.Code}: the parts make {parts:0.##}, the whole is {whole:0.##}"));
            }
        }
    }

    private static void CheckCumulative(IReadOnlyList<(StatisticValue Row, ReportingPeriod Period, IndicatorDefinition Indicator)> periods, Action<ValidationViolation> report)
    {
        var ordered = periods.OrderBy(p => p.Period.LastMonth).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (earlier, later) = (ordered[i - 1], ordered[i]);
            if (later.Period.LastMonth > earlier.Period.LastMonth && later.Row.Value < earlier.Row.Value)
            {
                var indicator = later.Indicator;
                report(new ValidationViolation(
                    ValidationRules.CumulativeDecreasing, later.Row.Indicator, later.Row.UnitCode, later.Row.Period, later.Row.Category, later.Row.Value, earlier.Row.Value,
                    $"{indicator.Code} of {later.Row.UnitCode} is cumulative from January, yet {later.Row.Period} ({indicator.Display(later.Row.Value)}) " +
                    $"is below {earlier.Row.Period} ({indicator.Display(earlier.Row.Value)})"));
            }
        }
    }

    /// <summary>
    /// Counts agree only exactly; any other figure agrees when the computed value, printed with as many decimals as
    /// the reported one, would read the same (within half of its last decimal).
    /// </summary>
    public static bool Agrees(IndicatorDefinition indicator, decimal reported, decimal computed)
    {
        if (indicator.IsWholeNumber)
        {
            return reported == computed;
        }
        // Stored decimals may carry trailing zeros (1846.0); the printed figure's precision is what counts.
        var decimals = DecimalText.WithoutTrailingZeros(reported).Scale;
        var tolerance = 0.5m / (decimal)Math.Pow(10, decimals);
        return Math.Abs(reported - computed) <= tolerance;
    }
}
