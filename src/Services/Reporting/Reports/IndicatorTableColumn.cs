namespace GiaLaiIct.Reporting.Reports;

/// <summary>A column of the indicator table as both renderings print it.</summary>
/// <param name="Alignment">Figures are right aligned so their digits line up, the row number is centred.</param>
internal sealed record IndicatorTableColumn(string Header, CellAlignment Alignment);
