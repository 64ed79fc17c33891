extern alias service;

using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using service::GiaLaiIct.Reporting.Reports;

namespace GiaLaiIct.Reporting.Tests.Reports;

public sealed class DocxReportWriterTests
{
    private static WordprocessingDocument Open(CompiledReport report) =>
        WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(report)), isEditable: false);

    private static Body BodyOf(WordprocessingDocument document) =>
        document.MainDocumentPart?.Document?.Body ?? throw new InvalidOperationException("The document has no body.");

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static string[] CellTexts(TableRow row) => row.Elements<TableCell>().Select(cell => cell.InnerText).ToArray();

    [Fact]
    public void The_document_is_valid_wordprocessingml()
    {
        using var document = Open(SampleReport.Build());

        var errors = new OpenXmlValidator().Validate(document)
            .Select(error => $"{error.Path?.XPath}: {error.Description}")
            .ToArray();

        Assert.True(errors.Length == 0, "Expected no schema errors, got:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void The_title_and_the_italic_right_aligned_place_and_date_line_open_the_document()
    {
        var report = SampleReport.Build();
        using var document = Open(report);
        var paragraphs = BodyOf(document).Elements<Paragraph>().ToArray();

        Assert.Equal("Title", StyleOf(paragraphs[0]));
        Assert.Equal(report.Title, paragraphs[0].InnerText);
        var dateLine = paragraphs[1];
        Assert.Equal("Gia Lai, ngày 23 tháng 11 năm 2026", dateLine.InnerText);
        Assert.Equal(JustificationValues.Right, dateLine.ParagraphProperties?.Justification?.Val?.Value);
        Assert.All(dateLine.Elements<Run>(), run => Assert.NotNull(run.RunProperties?.Italic));
    }

    [Fact]
    public void Heading1_paragraphs_are_the_roman_numbered_sections_in_order_then_the_appendix()
    {
        using var document = Open(SampleReport.Build());

        var headings = BodyOf(document).Elements<Paragraph>()
            .Where(paragraph => StyleOf(paragraph) == "Heading1")
            .Select(paragraph => paragraph.InnerText)
            .ToArray();

        Assert.Equal(
            [
                $"I. {SampleReport.PostsTelecom.Title}",
                $"II. {SampleReport.InformationTechnology.Title}",
                "Phụ lục: Bảng chỉ tiêu",
            ],
            headings);
    }

    [Fact]
    public void Paragraphs_are_justified_body_text_and_lists_sit_under_a_heading2()
    {
        using var document = Open(SampleReport.Build());
        var paragraphs = BodyOf(document).Elements<Paragraph>().ToList();
        var list = SampleReport.PostsTelecom.Lists[0];

        var sentence = paragraphs.Single(paragraph => paragraph.InnerText == SampleReport.PostsTelecom.Paragraphs[0]);
        Assert.Equal("BodyText", StyleOf(sentence));
        var listHeading = paragraphs.FindIndex(paragraph => StyleOf(paragraph) == "Heading2");
        Assert.Equal(list.Title, paragraphs[listHeading].InnerText);
        Assert.Equal(
            list.Items.Select(item => "-" + item),
            paragraphs.Skip(listHeading + 1).Take(list.Items.Count).Select(paragraph => paragraph.InnerText));

        var bodyText = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(style => style.StyleId == "BodyText");
        Assert.Equal(JustificationValues.Both, bodyText.StyleParagraphProperties?.Justification?.Val?.Value);
    }

    [Fact]
    public void The_table_has_a_repeated_bold_header_and_rows_grouped_by_section()
    {
        var density = SampleReport.TelephoneDensity;
        using var document = Open(SampleReport.Build());
        var rows = BodyOf(document).Elements<Table>().Single().Elements<TableRow>().ToArray();

        var header = rows[0];
        Assert.Equal(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "% KH", "Tăng trưởng (%)"], CellTexts(header));
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(header.Descendants<Run>(), run => Assert.NotNull(run.RunProperties?.Bold));

        Assert.Equal(
            [
                ["I", SampleReport.PostsTelecom.Title],
                ["1", SampleReport.TelephoneSubscribers.Name, "Thuê bao", "1.300.000", "1.298.982", "99,92", "3,50"],
                ["2", density.Name, density.Unit, "", "89,14", "", "2,10"],
                ["II", SampleReport.InformationTechnology.Title],
                ["3", SampleReport.OnlineServices.Name, "%", "30", "42,5", "141,67", ""],
            ],
            rows[1..].Select(CellTexts));
    }

    [Fact]
    public void Group_rows_are_bold_and_span_the_columns_after_the_number()
    {
        using var document = Open(SampleReport.Build());
        var rows = BodyOf(document).Elements<Table>().Single().Elements<TableRow>().ToArray();

        foreach (var groupRow in new[] { rows[1], rows[4] })
        {
            var title = groupRow.Elements<TableCell>().ElementAt(1);
            Assert.Equal(6, title.TableCellProperties?.GridSpan?.Val?.Value);
            Assert.All(groupRow.Descendants<Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        }
    }

    [Fact]
    public void Figures_are_right_aligned_and_names_left_aligned()
    {
        using var document = Open(SampleReport.Build());
        var densityRow = BodyOf(document).Elements<Table>().Single().Elements<TableRow>()
            .Single(row => row.Elements<TableCell>().ElementAt(1).InnerText == SampleReport.TelephoneDensity.Name);

        var alignments = densityRow.Elements<TableCell>()
            .Select(cell => cell.GetFirstChild<Paragraph>()?.ParagraphProperties?.Justification?.Val?.Value)
            .ToArray();

        Assert.Equal(
            [
                JustificationValues.Center, JustificationValues.Left, JustificationValues.Center,
                JustificationValues.Right, JustificationValues.Right, JustificationValues.Right, JustificationValues.Right,
            ],
            alignments);
    }

    [Fact]
    public void Styles_define_word_headings_a_ruled_table_and_a_font_with_vietnamese_letters_in_every_script_slot()
    {
        using var document = Open(SampleReport.Build());
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        var names = styles.Elements<Style>().ToDictionary(style => style.StyleId!.Value!, style => style.StyleName?.Val?.Value);
        Assert.Equal("Title", names["Title"]);
        Assert.Equal("heading 1", names["Heading1"]);
        Assert.Equal("heading 2", names["Heading2"]);

        var fonts = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts;
        Assert.All(
            new[] { fonts?.Ascii?.Value, fonts?.HighAnsi?.Value, fonts?.EastAsia?.Value, fonts?.ComplexScript?.Value },
            font => Assert.Equal("Times New Roman", font));

        var tableStyle = styles.Elements<Style>().Single(style => style.Type?.Value == StyleValues.Table);
        var borders = tableStyle.StyleTableProperties?.TableBorders;
        Assert.All(
            new DocumentFormat.OpenXml.Wordprocessing.BorderType?[]
            {
                borders?.TopBorder, borders?.BottomBorder, borders?.LeftBorder, borders?.RightBorder,
                borders?.InsideHorizontalBorder, borders?.InsideVerticalBorder,
            },
            border => Assert.Equal(BorderValues.Single, border?.Val?.Value));
        Assert.Equal(tableStyle.StyleId?.Value, BodyOf(document).Elements<Table>().Single().GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value);
    }

    [Fact]
    public void The_page_is_a4_portrait_with_margins()
    {
        using var document = Open(SampleReport.Build());
        var section = BodyOf(document).Elements<SectionProperties>().Single();

        Assert.Equal((11906u, 16838u), (section.GetFirstChild<PageSize>()?.Width?.Value, section.GetFirstChild<PageSize>()?.Height?.Value));
        var margin = section.GetFirstChild<PageMargin>();
        Assert.True(margin?.Left?.Value > 0 && margin.Right?.Value > 0 && margin.Top?.Value > 0 && margin.Bottom?.Value > 0,
            $"Expected all four margins set, got {margin?.OuterXml ?? "none"}");
    }

    [Fact]
    public void Vietnamese_text_is_kept_as_given_in_nfc()
    {
        using var document = Open(SampleReport.Build());
        var text = BodyOf(document).InnerText;

        Assert.Contains("Tổng số thuê bao điện thoại đạt 1.298.982 thuê bao", text, StringComparison.Ordinal);
        Assert.True(text.IsNormalized(NormalizationForm.FormC), "Expected the document text in NFC.");
    }
}
