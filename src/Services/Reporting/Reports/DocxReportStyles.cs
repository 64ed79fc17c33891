using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// The styles part of a rendered report. Headings are real Word heading styles (built-in names, outline
/// levels) so the navigation pane and a table of contents find them, and the look follows the administrative
/// document rules (Nghị định 30/2020/NĐ-CP): Times New Roman 13 pt, justified body with a first-line indent.
/// </summary>
internal static class DocxReportStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string BodyText = "BodyText";
    public const string ListItem = "ListParagraph";
    public const string TableText = "TableText";
    public const string Table = "ReportTable";

    public const string FontName = "Times New Roman";

    // Sizes are in half-points, lengths in twentieths of a point (twips) as WordprocessingML counts them.
    private const string BodySize = "26";
    private const string TableSize = "24";
    public const int ListIndent = 567;
    public const int ListHanging = 284;
    private const int CellMargin = 57;

    public static Styles Create() => new(
        DocumentDefaults(),
        ParagraphStyle("Normal", "Normal", basedOn: null, primary: true,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 0, after: 0) }),
        ParagraphStyle(Title, "Title", "Normal", primary: true,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = Spacing(before: 0, after: 120),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties
            {
                // The reports print their titles in capitals; the text itself stays as compiled.
                Bold = new Bold(),
                Caps = new Caps(),
                FontSize = new FontSize { Val = "28" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "28" },
            }),
        ParagraphStyle(Heading1, "heading 1", "Normal", primary: true,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = Spacing(before: 240, after: 120),
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }),
        ParagraphStyle(Heading2, "heading 2", "Normal", primary: true,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = Spacing(before: 120, after: 60),
                OutlineLevel = new OutlineLevel { Val = 1 },
            },
            new StyleRunProperties
            {
                Bold = new Bold(),
                BoldComplexScript = new BoldComplexScript(),
                Italic = new Italic(),
                ItalicComplexScript = new ItalicComplexScript(),
            }),
        ParagraphStyle(BodyText, "Body Text", "Normal", primary: true,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = Spacing(before: 0, after: 120),
                Indentation = new Indentation { FirstLine = "567" },
                Justification = new Justification { Val = JustificationValues.Both },
            }),
        ParagraphStyle(ListItem, "List Paragraph", "Normal", primary: true,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = Spacing(before: 0, after: 60),
                // The dash sits in the hanging part and a tab takes the text to the indent, so wrapped lines
                // align with the first line's text and not with the dash.
                Indentation = new Indentation { Left = $"{ListIndent}", Hanging = $"{ListHanging}" },
                Justification = new Justification { Val = JustificationValues.Both },
            }),
        ParagraphStyle(TableText, "Table Text", "Normal", primary: false,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(before: 40, after: 40) },
            new StyleRunProperties
            {
                FontSize = new FontSize { Val = TableSize },
                FontSizeComplexScript = new FontSizeComplexScript { Val = TableSize },
            }),
        TableStyle());

    private static DocDefaults DocumentDefaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            // Every script slot names the font: Word picks the East Asian or complex-script slot for some
            // characters, and a slot left empty falls back to a theme font that may lack Vietnamese letters.
            RunFonts = new RunFonts
            {
                Ascii = FontName,
                HighAnsi = FontName,
                EastAsia = FontName,
                ComplexScript = FontName,
            },
            FontSize = new FontSize { Val = BodySize },
            FontSizeComplexScript = new FontSizeComplexScript { Val = BodySize },
            Languages = new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = new SpacingBetweenLines { Line = "276", LineRule = LineSpacingRuleValues.Auto },
        }));

    private static Style ParagraphStyle(
        string styleId,
        string name,
        string? basedOn,
        bool primary,
        StyleParagraphProperties paragraph,
        StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = styleId, Default = styleId == "Normal" ? true : null };
        style.StyleName = new StyleName { Val = name };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
            style.NextParagraphStyle = new NextParagraphStyle { Val = BodyText };
        }
        if (primary)
        {
            style.PrimaryStyle = new PrimaryStyle();
        }
        style.StyleParagraphProperties = paragraph;
        if (run is not null)
        {
            style.StyleRunProperties = run;
        }
        return style;
    }

    private static Style TableStyle()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = Table };
        style.StyleName = new StyleName { Val = "Report Table" };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleTableProperties = new StyleTableProperties
        {
            TableBorders = Borders(),
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TableCellLeftMargin = new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
            },
        };
        return style;
    }

    /// <summary>Single half-point lines around and between all cells, as the reports' tables are ruled.</summary>
    public static TableBorders Borders() => new()
    {
        TopBorder = new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        RightBorder = new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
    };

    private static SpacingBetweenLines Spacing(int before, int after) =>
        new() { Before = $"{before}", After = $"{after}" };
}
