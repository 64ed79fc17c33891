namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// A reported figure that disagrees with what the rest of the data says, or breaks a bound. <see cref="Left"/> is
/// the reported figure, <see cref="Right"/> what it was checked against (the computed value, or the bound).
/// </summary>
public sealed record ValidationViolation(
    string Rule,
    string Indicator,
    string Unit,
    string Period,
    string Category,
    decimal Left,
    decimal Right,
    string Message);
