namespace GiaLaiIct.Reporting.Indicators;

/// <summary>One input of a formula: an indicator's value at the same unit, in the same period or a year earlier, or its target.</summary>
public sealed record FormulaInput(string Indicator, bool YearEarlier = false, bool Target = false)
{
    public override string ToString() => Target ? $"target of {Indicator}" : YearEarlier ? $"{Indicator} a year earlier" : Indicator;
}
