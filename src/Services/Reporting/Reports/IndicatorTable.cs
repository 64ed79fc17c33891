namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// The indicator table of a report as text cells, shaped like the appendices of the department's reports:
/// a row per field carrying the section's Roman numeral, then its indicators numbered 1, 2, … across the table.
/// Both renderings print exactly these cells, so they cannot disagree on a figure.
/// </summary>
internal static class IndicatorTable
{
    /// <summary>Heading of the group that collects indicators whose field has no section in the report.</summary>
    public const string OtherIndicatorsTitle = "Chỉ tiêu khác";

    public static IReadOnlyList<IndicatorTableColumn> Columns { get; } =
    [
        new("STT", CellAlignment.Center),
        new("Chỉ tiêu", CellAlignment.Left),
        new("Đơn vị tính", CellAlignment.Center),
        new("Kế hoạch", CellAlignment.Right),
        new("Thực hiện", CellAlignment.Right),
        new("% KH", CellAlignment.Right),
        new("Tăng trưởng (%)", CellAlignment.Right),
    ];

    /// <summary>Groups in the order of the report's sections; a section without indicators has no group.</summary>
    public static IReadOnlyList<IndicatorTableGroup> Group(CompiledReport report)
    {
        var groups = new List<IndicatorTableGroup>();
        var groupedFields = new HashSet<string>(StringComparer.Ordinal);
        var rowNumber = 0;

        for (var index = 0; index < report.Sections.Count; index++)
        {
            var section = report.Sections[index];
            if (!groupedFields.Add(section.Field))
            {
                continue;
            }
            var rows = report.Indicators.Where(row => row.Field == section.Field).ToList();
            if (rows.Count > 0)
            {
                groups.Add(new IndicatorTableGroup(
                    VietnameseReportText.RomanNumeral(index + 1), section.Title, Cells(rows, ref rowNumber)));
            }
        }

        // An indicator of a field the report has no section for still belongs in the table; dropping it would
        // make the appendix disagree with the figures the service holds.
        var others = report.Indicators.Where(row => !groupedFields.Contains(row.Field)).ToList();
        if (others.Count > 0)
        {
            groups.Add(new IndicatorTableGroup("", OtherIndicatorsTitle, Cells(others, ref rowNumber)));
        }
        return groups;
    }

    private static List<IReadOnlyList<string>> Cells(List<IndicatorTableRow> rows, ref int rowNumber)
    {
        var cells = new List<IReadOnlyList<string>>(rows.Count);
        foreach (var row in rows)
        {
            rowNumber++;
            cells.Add(
            [
                rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Name,
                row.Unit,
                row.TargetDisplay ?? "",
                row.Display ?? "",
                row.PlanPercentDisplay ?? "",
                row.GrowthPercentDisplay ?? "",
            ]);
        }
        return cells;
    }
}
