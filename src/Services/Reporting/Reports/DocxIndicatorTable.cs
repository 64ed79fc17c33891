using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>The indicator table of a report as a ruled Word table that fills the text width of the page.</summary>
internal static class DocxIndicatorTable
{
    // Twips per column, summing to the text width of the page (DocxReportWriter.TextWidth). A figure column
    // holds "1.298.982" on one line even where Times New Roman is missing and a wider serif (DejaVu Serif)
    // stands in; the indicator name takes what is left and wraps. Fixed widths, because an autofit table
    // follows its longest name out past the margin in some viewers.
    private static readonly int[] ColumnWidths = [660, 2654, 1140, 1400, 1400, 1000, 1100];

    private const string HeaderShading = "D9D9D9";
    private const string GroupShading = "F2F2F2";

    public static Table Create(IReadOnlyList<IndicatorTableGroup> groups)
    {
        var columns = IndicatorTable.Columns;
        if (ColumnWidths.Length != columns.Count || ColumnWidths.Sum() != DocxReportWriter.TextWidth)
        {
            throw new InvalidOperationException("The column widths do not match the columns of the indicator table.");
        }

        var table = new Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = DocxReportStyles.Table },
                TableWidth = new TableWidth { Width = Twips(DocxReportWriter.TextWidth), Type = TableWidthUnitValues.Dxa },
                // The borders are repeated on the table itself: readers that ignore table styles still rule it.
                TableBorders = DocxReportStyles.Borders(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(ColumnWidths.Select(width => new GridColumn { Width = Twips(width) })));

        var header = Row(isHeader: true);
        for (var column = 0; column < columns.Count; column++)
        {
            header.Append(Cell(columns[column].Header, column, JustificationValues.Center, bold: true, HeaderShading));
        }
        table.Append(header);

        foreach (var group in groups)
        {
            // The group's numeral stays in the STT column as in the reports' appendices; its title spans the rest.
            var groupRow = Row(isHeader: false);
            groupRow.Append(Cell(group.Number, 0, JustificationValues.Center, bold: true, GroupShading));
            var title = Cell(group.Title, 1, JustificationValues.Left, bold: true, GroupShading);
            title.TableCellProperties!.GridSpan = new GridSpan { Val = columns.Count - 1 };
            title.TableCellProperties.TableCellWidth!.Width = Twips(ColumnWidths[1..].Sum());
            groupRow.Append(title);
            // Keeps the group row on the page of its first indicator rather than alone at the foot of a page.
            foreach (var paragraph in groupRow.Descendants<Paragraph>())
            {
                paragraph.ParagraphProperties!.KeepNext = new KeepNext();
            }
            table.Append(groupRow);

            foreach (var cells in group.Rows)
            {
                var row = Row(isHeader: false);
                for (var column = 0; column < columns.Count; column++)
                {
                    row.Append(Cell(cells[column], column, Justification(columns[column].Alignment), bold: false, shading: null));
                }
                table.Append(row);
            }
        }
        return table;
    }

    private static TableRow Row(bool isHeader)
    {
        // A row never breaks across pages: half an indicator on each page is unreadable.
        var properties = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            properties.Append(new TableHeader());
        }
        return new TableRow(properties);
    }

    private static TableCell Cell(string text, int column, JustificationValues alignment, bool bold, string? shading)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(ColumnWidths[column]), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (shading is not null)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading };
        }

        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxReportStyles.TableText },
            Justification = new Justification { Val = alignment },
        });
        if (text.Length > 0)
        {
            paragraph.Append(DocxReportWriter.TextRun(text, bold: bold));
        }
        return new TableCell(properties, paragraph);
    }

    private static JustificationValues Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => JustificationValues.Center,
        CellAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };

    private static StringValue Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
