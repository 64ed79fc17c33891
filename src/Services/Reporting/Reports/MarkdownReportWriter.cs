namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// Renders a compiled report as Markdown (GitHub flavour, for the table): the text of the report for previews,
/// e-mail and diffs between two compilations.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(CompiledReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var blocks = new List<string>
        {
            $"# {report.Title}",
            VietnameseReportText.PlaceAndDate(report.ProvinceName, report.CompiledOn),
        };

        for (var index = 0; index < report.Sections.Count; index++)
        {
            var section = report.Sections[index];
            blocks.Add($"## {VietnameseReportText.SectionHeading(index, section.Title)}");
            foreach (var paragraph in section.Paragraphs)
            {
                blocks.Add(paragraph);
            }
            foreach (var list in section.Lists)
            {
                blocks.Add($"### {list.Title}");
                blocks.Add(string.Join('\n', list.Items.Select(item => $"- {item}")));
            }
        }

        var groups = IndicatorTable.Group(report);
        if (groups.Count > 0)
        {
            blocks.Add($"## {VietnameseReportText.AppendixTitle}");
            blocks.Add(Table(groups));
        }
        // Lines end in '\n' whatever the machine, so two compilations of the same figures are byte-identical.
        return string.Join("\n\n", blocks) + "\n";
    }

    private static string Table(IReadOnlyList<IndicatorTableGroup> groups)
    {
        var columns = IndicatorTable.Columns;
        var lines = new List<string>
        {
            Row(columns.Select(column => Cell(column.Header))),
            Row(columns.Select(column => column.Alignment switch
            {
                CellAlignment.Center => ":---:",
                CellAlignment.Right => "---:",
                _ => ":---",
            })),
        };
        foreach (var group in groups)
        {
            // Markdown has no merged cells: the group row puts the numeral and the title in the first two columns.
            var groupCells = new string[columns.Count];
            Array.Fill(groupCells, "");
            groupCells[0] = Bold(group.Number);
            groupCells[1] = Bold(group.Title);
            lines.Add(Row(groupCells));
            lines.AddRange(group.Rows.Select(row => Row(row.Select(Cell))));
        }
        return string.Join('\n', lines);
    }

    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";

    private static string Bold(string text) => text.Length == 0 ? "" : $"**{Cell(text)}**";

    // A '|' would end the cell and a line break the row.
    private static string Cell(string text) =>
        text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
