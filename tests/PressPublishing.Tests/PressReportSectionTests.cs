using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>The press section of the compiled report, from press registries filled through a dataset, worded as seed 000 words it.</summary>
public sealed class PressReportSectionTests
{
    [Fact]
    public async Task The_annual_report_states_the_press_figures_in_the_seeds_words_with_both_sides_of_each_plan()
    {
        using var system = new ReportingWithPress();
        using var http = system.Reporting.CreateClient();
        var units = (await new AdministrativeUnits.AdministrativeUnitsClient(system.Reporting.CreateGrpcChannel())
            .ListUnitsAsync(new ListUnitsRequest { Province = "64" })).Units;
        var communes = units.Where(u => u.Level == "commune").Select(u => u.Code).ToList();
        var organisations = new StringBuilder("name,kind\n");
        for (var i = 1; i <= 28; i++)
        {
            organisations.AppendLine(i <= 4 ? $"Cơ quan {i},local_press_agency" : $"Văn phòng {i},representative_office");
        }
        var radio = new StringBuilder("unit,kind,status,installed_on\n");
        foreach (var commune in communes.Take(154))
        {
            radio.AppendLine($"{commune},wireless,active,2017-01-01");
        }
        var dataset = ProvinceDataset.Empty
            .With("press_organisations.csv", organisations.ToString())
            .With("commune_radio.csv", radio.ToString())
            .With("broadcasts.csv", """
                station,medium,period,language,unit,hours,plan_hours
                Đài PT-TH Gia Lai,radio,2018,,64,13505,13500
                Đài PT-TH Gia Lai,radio,2018,jrai,64,456,456
                Đài PT-TH Gia Lai,radio,2018,bahnar,64,456,456
                Đài huyện Chư Păh,radio,2018,,627,9000,6000
                """)
            .With("licences.csv", """
                number,type,holder,unit,issued_on,expires_on,status
                1/GP,general_website,Công ty A,622,2018-03-01,,issued
                2/GP,printing,Công ty In B,622,2018-07-01,,issued
                """);
        using (var imported = await http.PostAsync("/api/v1/provinces/64/datasets", dataset.ToZipContent()))
        {
            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        }

        var markdown = await http.GetStringAsync("/api/v1/provinces/64/reports/2018.md");
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/v1/provinces/64/reports/2018"));
        var section = json.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("field").GetString() == "press-publishing");
        var paragraphs = string.Join("\n", section.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        using var docx = WordprocessingDocument.Open(new MemoryStream(await http.GetByteArrayAsync("/api/v1/provinces/64/reports/2018.docx")), false);
        var word = string.Join("\n", docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));

        // The same sentences in each rendering: Markdown, the JSON section's paragraphs and the Word document.
        foreach (var report in new[] { markdown, paragraphs, word })
        {
            Assert.Contains("Toàn tỉnh hiện có 04 cơ quan báo chí địa phương và 24 cơ quan báo chí có văn phòng đại diện hoặc phóng viên thường trú.", report, StringComparison.Ordinal);
            Assert.Contains("đã cấp 01 giấy phép thiết lập trang thông tin điện tử tổng hợp; cấp 01 giấy phép hoạt động in.", report, StringComparison.Ordinal);
            Assert.Contains("có 154/222 xã, phường, thị trấn có đài truyền thanh không dây (tỷ lệ 69,37%).", report, StringComparison.Ordinal);
            Assert.Contains("Về phát thanh: đài tỉnh thực hiện 13.505 giờ, đạt 100,04% kế hoạch (13.500 giờ), trong đó tiếng Jrai 456 giờ, Bahnar 456 giờ; "
                + "các đài cấp huyện thực hiện 9.000 giờ, đạt 150,00% kế hoạch (6.000 giờ).", report, StringComparison.Ordinal);
            Assert.DoesNotContain("Về truyền hình", report, StringComparison.Ordinal);
        }
    }
}
