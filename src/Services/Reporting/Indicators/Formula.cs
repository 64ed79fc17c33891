namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// A derived indicator's rule: its inputs and how they combine. Values stay exact (decimal); a formula that would
/// divide by zero, or lacks an input, has no value rather than a wrong one.
/// </summary>
public sealed class Formula
{
    private readonly Func<decimal[], decimal?> _compute;

    private Formula(string text, IReadOnlyList<FormulaInput> inputs, Func<decimal[], decimal?> compute)
    {
        Text = text;
        Inputs = inputs;
        _compute = compute;
    }

    /// <summary>The rule in words, as the catalogue prints it.</summary>
    public string Text { get; }

    public IReadOnlyList<FormulaInput> Inputs { get; }

    /// <summary>The value from the inputs' values (in <see cref="Inputs"/> order); null when any input is missing.</summary>
    public decimal? Compute(IReadOnlyList<decimal?> inputs)
    {
        if (inputs.Count != Inputs.Count || inputs.Any(value => value is null))
        {
            return null;
        }
        return _compute([.. inputs.Select(value => value!.Value)]);
    }

    public static Formula Sum(params string[] parts) =>
        new(string.Join(" + ", parts), [.. parts.Select(part => new FormulaInput(part))], values => values.Sum());

    /// <summary>numerator ÷ denominator × 100 (per hundred people, or a percentage).</summary>
    public static Formula PerHundred(string numerator, params string[] denominatorParts) =>
        new(
            $"{numerator} ÷ {(denominatorParts.Length == 1 ? denominatorParts[0] : "(" + string.Join(" + ", denominatorParts) + ")")} × 100",
            [new FormulaInput(numerator), .. denominatorParts.Select(part => new FormulaInput(part))],
            values => Divide(values[0] * 100, values.Skip(1).Sum()));

    public static Formula PercentOfTarget(string indicator) =>
        new($"{indicator} ÷ kế hoạch × 100", [new FormulaInput(indicator), new FormulaInput(indicator, Target: true)], values => Divide(values[0] * 100, values[1]));

    /// <summary>(value ÷ value of the same period a year earlier − 1) × 100.</summary>
    public static Formula Growth(string indicator) =>
        new(
            $"({indicator} ÷ {indicator} cùng kỳ năm trước − 1) × 100",
            [new FormulaInput(indicator), new FormulaInput(indicator, YearEarlier: true)],
            values => Divide(values[0] * 100, values[1]) - 100);

    public static Formula Ratio(string numerator, string denominator) =>
        new($"{numerator} ÷ {denominator}", [new FormulaInput(numerator), new FormulaInput(denominator)], values => Divide(values[0], values[1]));

    /// <summary>√(area ÷ (π × points)): the radius of the circle each point would serve.</summary>
    public static Formula ServiceRadius(string area, string points) =>
        new(
            $"√({area} ÷ (π × {points}))",
            [new FormulaInput(area), new FormulaInput(points)],
            values => values[1] <= 0 || values[0] < 0 ? null : (decimal)Math.Sqrt((double)values[0] / (Math.PI * (double)values[1])));

    private static decimal? Divide(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;
}
