extern alias service;

using service::GiaLaiIct.Reporting.Reports;

namespace GiaLaiIct.Reporting.Tests.Reports;

public sealed class MarkdownReportWriterTests
{
    private static string[] Lines(string markdown) => markdown.Split('\n');

    [Fact]
    public void Headings_follow_the_sections_in_order_with_roman_numbers_then_the_appendix()
    {
        var report = SampleReport.Build();

        var headings = Lines(MarkdownReportWriter.Write(report)).Where(line => line.StartsWith('#')).ToArray();

        Assert.Equal(
            [
                $"# {report.Title}",
                $"## I. {SampleReport.PostsTelecom.Title}",
                $"### {SampleReport.PostsTelecom.Lists[0].Title}",
                $"## II. {SampleReport.InformationTechnology.Title}",
                "## Phụ lục: Bảng chỉ tiêu",
            ],
            headings);
    }

    [Fact]
    public void The_place_and_date_line_follows_the_title()
    {
        var lines = Lines(MarkdownReportWriter.Write(SampleReport.Build()));

        Assert.Equal("Gia Lai, ngày 23 tháng 11 năm 2026", lines[2]);
    }

    [Fact]
    public void Paragraphs_and_list_items_are_printed_as_given()
    {
        var lines = Lines(MarkdownReportWriter.Write(SampleReport.Build()));

        Assert.Contains(SampleReport.PostsTelecom.Paragraphs[0], lines);
        Assert.Contains(SampleReport.InformationTechnology.Paragraphs[0], lines);
        foreach (var item in SampleReport.PostsTelecom.Lists[0].Items)
        {
            Assert.Contains($"- {item}", lines);
        }
    }

    [Fact]
    public void The_table_groups_indicators_under_their_sections_in_section_order()
    {
        var density = SampleReport.TelephoneDensity;
        var subscribers = SampleReport.TelephoneSubscribers;
        var online = SampleReport.OnlineServices;

        var lines = Lines(MarkdownReportWriter.Write(SampleReport.Build()));
        var table = lines.SkipWhile(line => !line.StartsWith("| STT", StringComparison.Ordinal)).TakeWhile(line => line.StartsWith('|')).ToArray();

        Assert.Equal(
            [
                "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | % KH | Tăng trưởng (%) |",
                "| :---: | :--- | :---: | ---: | ---: | ---: | ---: |",
                $"| **I** | **{SampleReport.PostsTelecom.Title}** |  |  |  |  |  |",
                $"| 1 | {subscribers.Name} | {subscribers.Unit} | {subscribers.TargetDisplay} | {subscribers.Display} | {subscribers.PlanPercentDisplay} | {subscribers.GrowthPercentDisplay} |",
                $"| 2 | {density.Name} | {density.Unit} |  | {density.Display} |  | {density.GrowthPercentDisplay} |",
                $"| **II** | **{SampleReport.InformationTechnology.Title}** |  |  |  |  |  |",
                $"| 3 | {online.Name} | {online.Unit} | {online.TargetDisplay} | {online.Display} | {online.PlanPercentDisplay} |  |",
            ],
            table);
    }

    [Fact]
    public void A_pipe_in_a_cell_is_escaped_so_the_row_keeps_its_columns()
    {
        var report = SampleReport.Build() with
        {
            Indicators = [SampleReport.TelephoneDensity with { Name = "Thuê bao | trả trước" }],
        };

        var row = Lines(MarkdownReportWriter.Write(report)).Single(line => line.StartsWith("| 1 |", StringComparison.Ordinal));

        Assert.Equal(@"| 1 | Thuê bao \| trả trước | TB/100 dân |  | 89,14 |  | 2,10 |", row);
    }

    [Fact]
    public void Indicators_of_a_field_without_a_section_are_kept_in_a_last_group()
    {
        var report = SampleReport.Build() with { Sections = [SampleReport.InformationTechnology] };

        var lines = Lines(MarkdownReportWriter.Write(report));
        var groupRows = lines.Where(line => line.StartsWith("| **", StringComparison.Ordinal) || line.StartsWith("|  | **", StringComparison.Ordinal)).ToArray();

        Assert.Equal(
            [$"| **I** | **{SampleReport.InformationTechnology.Title}** |  |  |  |  |  |", "|  | **Chỉ tiêu khác** |  |  |  |  |  |"],
            groupRows);
        Assert.Contains(lines, line => line.StartsWith($"| 3 | {SampleReport.TelephoneDensity.Name} |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_without_indicators_has_no_appendix()
    {
        var report = SampleReport.Build() with { Indicators = [] };

        var markdown = MarkdownReportWriter.Write(report);

        Assert.DoesNotContain("Phụ lục", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| STT", markdown, StringComparison.Ordinal);
    }
}
