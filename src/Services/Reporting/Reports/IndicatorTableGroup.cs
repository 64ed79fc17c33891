namespace GiaLaiIct.Reporting.Reports;

/// <summary>The indicators of one field under the heading of its section.</summary>
/// <param name="Number">Roman numeral of the section the group belongs to ("" for indicators of no section).</param>
/// <param name="Rows">One list of cell texts per indicator, in the order of <see cref="IndicatorTable.Columns"/>.</param>
internal sealed record IndicatorTableGroup(string Number, string Title, IReadOnlyList<IReadOnlyList<string>> Rows);
