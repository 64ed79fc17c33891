using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// Renders a compiled report as a Word document (.docx) laid out like the department's printed reports:
/// A4, Times New Roman, Roman-numbered headings, the indicator table as an appendix.
/// </summary>
public static class DocxReportWriter
{
    // A4 in twips with the margins of Nghị định 30/2020/NĐ-CP: 20 mm top and bottom, 30 mm left
    // (the binding side), 15 mm right.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 851;

    internal const int TextWidth = PageWidth - MarginLeft - MarginRight;

    public static byte[] Write(CompiledReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Language = "vi-VN";

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxReportStyles.Create();
            main.AddNewPart<FontTablePart>().Fonts = DocxReportFonts.Create();
            main.Document = new Document(Body(report));
        }
        // The package is written to the stream when the document is disposed, not before.
        return stream.ToArray();
    }

    private static Body Body(CompiledReport report)
    {
        var body = new Body(
            StyledParagraph(DocxReportStyles.Title, report.Title),
            PlaceAndDate(VietnameseReportText.PlaceAndDate(report.ProvinceName, report.CompiledOn)));

        for (var index = 0; index < report.Sections.Count; index++)
        {
            var section = report.Sections[index];
            body.Append(StyledParagraph(DocxReportStyles.Heading1, VietnameseReportText.SectionHeading(index, section.Title)));
            body.Append(section.Paragraphs.Select(text => StyledParagraph(DocxReportStyles.BodyText, text)));
            foreach (var list in section.Lists)
            {
                body.Append(StyledParagraph(DocxReportStyles.Heading2, list.Title));
                body.Append(list.Items.Select(ListItem));
            }
        }

        var groups = IndicatorTable.Group(report);
        if (groups.Count > 0)
        {
            body.Append(StyledParagraph(DocxReportStyles.Heading1, VietnameseReportText.AppendixTitle));
            body.Append(DocxIndicatorTable.Create(groups));
            // Word requires a paragraph after a table at the end of the body, or it cannot place the cursor there.
            body.Append(new Paragraph());
        }

        body.Append(PageSetup());
        return body;
    }

    private static Paragraph PlaceAndDate(string text) => new(
        new ParagraphProperties
        {
            Justification = new Justification { Val = JustificationValues.Right },
            SpacingBetweenLines = new SpacingBetweenLines { After = "240" },
        },
        TextRun(text, italic: true));

    private static Paragraph ListItem(string item) => new(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxReportStyles.ListItem } },
        new Run(new Text("-"), new TabChar(), Text(item)));

    private static Paragraph StyledParagraph(string styleId, string text) => new(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } },
        TextRun(text));

    internal static Run TextRun(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            run.RunProperties = new RunProperties
            {
                Bold = bold ? new Bold() : null,
                BoldComplexScript = bold ? new BoldComplexScript() : null,
                Italic = italic ? new Italic() : null,
                ItalicComplexScript = italic ? new ItalicComplexScript() : null,
            };
        }
        run.Append(Text(text));
        return run;
    }

    // Spaces at either end of a run are dropped by Word unless the text says to keep them.
    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static SectionProperties PageSetup() => new(
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = MarginTop,
            Bottom = MarginBottom,
            Left = MarginLeft,
            Right = MarginRight,
            Header = 709,
            Footer = 709,
            Gutter = 0,
        });
}
