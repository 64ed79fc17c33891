namespace GiaLaiIct.Reporting.Indicators;

/// <summary>An exact value and where it came from.</summary>
public readonly record struct ResolvedValue(decimal Value, IndicatorValueSource Source);
