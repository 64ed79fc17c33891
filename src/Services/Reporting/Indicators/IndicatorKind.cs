namespace GiaLaiIct.Reporting.Indicators;

/// <summary>Where an indicator's computed value comes from (INDICATORS.md).</summary>
public enum IndicatorKind
{
    /// <summary>Submitted per unit and period (statistics.csv); computed only as the sum of children or categories.</summary>
    Stat = 1,
    /// <summary>Counted from a service's registry at the period's end, or over events inside it.</summary>
    Count = 2,
    /// <summary>A formula over other indicators, recomputed at every unit level.</summary>
    Derived = 3,
}
