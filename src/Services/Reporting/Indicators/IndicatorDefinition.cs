using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>One row of the indicator catalogue (Bảng hệ thống chỉ tiêu ngành TT&amp;TT, INDICATORS.md).</summary>
/// <param name="MeasureUnit">Đơn vị tính, e.g. "TB/100 dân".</param>
/// <param name="Field">The report section the indicator is printed in.</param>
/// <param name="Owner">The service whose registry counts it (count kind); Reporting for stat and derived ones.</param>
/// <param name="Rule">What is counted or how it is derived, in words.</param>
/// <param name="Categories">The closed list of categories it breaks down into, when the catalogue fixes one.</param>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    string MeasureUnit,
    IndicatorKind Kind,
    ReportField Field,
    string Owner,
    string Rule,
    Formula? Formula = null,
    IReadOnlyList<string>? Categories = null)
{
    /// <summary>Counted things (subscribers, stations, dossiers): whole numbers, compared exactly.</summary>
    public bool IsWholeNumber { get; init; }

    /// <summary>A share of a whole, so it must lie within 0–100.</summary>
    public bool IsBoundedPercentage { get; init; }

    /// <summary>A growth rate: the one kind of figure that may be negative.</summary>
    public bool MayBeNegative { get; init; }

    /// <summary>Summed from January within the year (doanh thu lũy kế): a later cumulative period is never below an earlier one.</summary>
    public bool IsCumulative { get; init; }

    /// <summary>
    /// The figure (indicator and category) this one is a part of, though not a category of it: the broadcast hours in
    /// ethnic languages are parts of the stations' total hours. Neither its total nor any of its categories may exceed it.
    /// </summary>
    public (string Indicator, string Category)? PartOf { get; init; }

    /// <summary>Decimals shown: none for whole numbers, two for everything else (ratios are never rounded before display).</summary>
    public int DisplayDecimals(decimal value) => IsWholeNumber || (Kind != IndicatorKind.Derived && value == decimal.Truncate(value)) ? 0 : 2;

    /// <summary>A value of this indicator as the reports print it (1.298.982; 89,14).</summary>
    public string Display(decimal value) => VietnameseNumber.Display(value, DisplayDecimals(value));
}
