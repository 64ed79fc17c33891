namespace GiaLaiIct.Reporting.Indicators;

/// <summary>Whether a value was submitted as such, or worked out by the platform (INDICATORS.md "Reported and computed values").</summary>
public enum IndicatorValueSource
{
    Reported = 1,
    Computed = 2,
}
