using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.InformationTechnology.Tests;

/// <summary>The IT registries seen through Reporting: dataset import with the other files, figures, validation and the report's IT section.</summary>
public sealed class ReportingWithItTests
{
    private const string Statistics = """
        indicator,unit,period,category,value
        IT.DVC.L3,64,2018,,404
        IT.DOSSIER.RESOLVED,64,2018,,40000
        """;

    /// <summary>Seed 000's e-government figures of 2018 and seed 004's certificates.</summary>
    private const string EGovernment = """
        unit,period,mail_created,mail_removed,document_users,video_meetings,certificates_organisation,certificates_individual,training_classes,training_attendees
        64,2018,467,21,3900,21,453,26,6,180
        """;

    private static string OneStop(int communes, IEnumerable<string> codes) =>
        "unit,deployed_on\n" + string.Concat(codes.Take(communes).Select(c => $"{c},2018-03-01\n"));

    private static string Services()
    {
        var text = new StringBuilder("code,name,agency_code,agency_name,level,effective_from\n");
        for (var i = 0; i < 405 + 63; i++)
        {
            text.Append($"DV{i:D3},Dịch vụ {i},STTTT,Sở Thông tin và Truyền thông,{(i < 405 ? 3 : 4)},2017-06-01\n");
        }
        return text.ToString();
    }

    private const string Dossiers = """
        unit,period,received,resolved,resolved_on_time,resolved_late,pending,apologies
        64,2018,38751,38584,38500,84,167,84
        """;

    private static async Task<List<string>> CommunesAsync(HttpClient http)
    {
        var units = (await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/units"))!;
        return [.. units["units"]!.AsArray().Where(u => u!["level"]!.GetValue<string>() == "commune").Select(u => u!["code"]!.GetValue<string>())];
    }

    [Fact]
    public async Task A_bad_cell_in_the_last_it_file_of_a_dataset_writes_nothing_in_reporting_nor_in_it()
    {
        using var linked = new LinkedReporting();
        using var http = linked.Reporting.CreateClientAs(TestCaller.Admin);
        var communes = await CommunesAsync(http);
        var badWebsites = "domain,owner_kind,owner_name,registered_on\nsotttt.gialai.gov.vn,state,Sở TT&TT,2015-04-01\nbaogialai.com.vn,press,Báo Gia Lai,2010-13-01\n";
        var dataset = ProvinceDataset.Empty.With("statistics.csv", Statistics).With("online_services.csv", Services())
            .With("onestop_deployments.csv", OneStop(164, communes)).With("websites.csv", badWebsites);

        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", dataset.ToZipContent());
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray();
        var statistics = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/statistics");
        var services = await new OnlinePublicServices.OnlinePublicServicesClient(linked.It.CreateGrpcChannel()).ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64" });
        var deployments = await new OneStop.OneStopClient(linked.It.CreateGrpcChannel()).ListDeploymentsAsync(new ListDeploymentsRequest { Province = "64" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(errors);
        Assert.Equal(("websites.csv", 3, "registered_on"), (error!["file"]!.GetValue<string>(), error["line"]!.GetValue<int>(), error["column"]!.GetValue<string>()));
        Assert.Empty(statistics!["statistics"]?.AsArray() ?? []);
        Assert.Empty(services.Services);
        Assert.Empty(deployments.Deployments);
    }

    [Fact]
    public async Task Imported_it_files_give_the_seed_figures_validation_flags_disagreements_and_the_report_words_them()
    {
        using var linked = new LinkedReporting();
        using var http = linked.Reporting.CreateClientAs(TestCaller.Admin);
        var communes = await CommunesAsync(http);
        var dataset = ProvinceDataset.Empty.With("statistics.csv", Statistics).With("online_services.csv", Services())
            .With("onestop_deployments.csv", OneStop(164, communes)).With("dossier_counts.csv", Dossiers).With("egov_figures.csv", EGovernment)
            .With("targets.csv", "indicator,unit,year,target\nIT.ONESTOP.COMMUNES.PCT,64,2018,100\n");

        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", dataset.ToZipContent());
        var again = await http.PostAsync("/api/v1/provinces/64/datasets", dataset.ToZipContent());
        async Task<JsonObject> ValueAsync(string code) => (await http.GetFromJsonAsync<JsonObject>($"/api/v1/provinces/64/indicators/{code}/values?period=2018"))!;
        var share = await ValueAsync("IT.ONESTOP.COMMUNES.PCT");
        var both = await ValueAsync("IT.DVC.L34");
        var certificates = await ValueAsync("IT.CERTS");
        var onTime = await ValueAsync("IT.DOSSIER.ONTIME.PCT");
        var violations = (await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/validation?period=2018"))!["violations"]!.AsArray()
            .Select(v => (Rule: v!["rule"]!.GetValue<string>(), Left: v["left"]!.GetValue<double>(), Right: v["right"]!.GetValue<double>())).ToList();
        var report = (await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/reports/2018"))!;
        var section = report["sections"]!.AsArray().Single(s => s!["field"]!.GetValue<string>() == "information-technology")!;
        var paragraphs = section["paragraphs"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        var markdown = await http.GetStringAsync("/api/v1/provinces/64/reports/2018.md");
        using var docx = await http.GetAsync("/api/v1/provinces/64/reports/2018.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("73,87", share["display"]!.GetValue<string>());
        Assert.Equal("computed", share["source"]!.GetValue<string>());
        Assert.Equal(73.87, share["planPercent"]!.GetValue<double>(), 2);
        // IT.DVC.L3 is reported as 404: the figure wins, so the sum reads 404 + 63.
        Assert.Equal("467", both["display"]!.GetValue<string>());
        Assert.Equal("479", certificates["display"]!.GetValue<string>());
        // The reported 40 000 resolved wins over the registry's 38 584 in the share too.
        Assert.Equal("96,25", onTime["display"]!.GetValue<string>());
        // The reported level-3 count disagrees with the registry's 405; 40 000 resolved exceed the 38 751 received.
        Assert.Contains(("registry-count", 404d, 405d), violations);
        Assert.Contains(("parts-of-whole", 40000d, 38751d), violations);
        Assert.Contains(paragraphs, p => p.StartsWith(
            "Toàn tỉnh đã cung cấp 404 DVCTT mức độ 3, giảm 0,25% so với cùng kỳ năm trước; 63 DVCTT mức độ 4, bằng cùng kỳ năm trước; tổng số DVCTT mức độ 3, 4 là 467 dịch vụ",
            StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Hệ thống Một cửa điện tử đã triển khai được 164/222 xã, phường, thị trấn, đạt 73,87%, đạt 73,87% kế hoạch", StringComparison.Ordinal));
        Assert.Contains("Tổng số chứng thư số đang hoạt động là 479 chứng thư (453 tổ chức, 26 cá nhân).", paragraphs);
        // Seed 000's e-government figures (mail accounts created and removed, meetings), worded as it words them.
        Assert.Contains("Hệ thống thư điện tử công vụ: trong kỳ tạo mới 467 tài khoản, hủy bỏ 21 tài khoản. Phần mềm QLVB&ĐH có 3.900 người sử dụng. "
            + "Hệ thống Hội nghị truyền hình phục vụ 21 cuộc họp trực tuyến. Tổ chức 06 lớp đào tạo, bồi dưỡng ứng dụng CNTT cho 180 học viên.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Tài khoản thư điện tử công vụ tạo mới", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Hệ thống đã tiếp nhận 38.751 hồ sơ và giải quyết 40.000 hồ sơ, đúng hạn 38.500 hồ sơ", StringComparison.Ordinal));
        var rows = report["indicators"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("IT.DVC.L34", rows);
        Assert.Contains("IT.ONESTOP.COMMUNES.PCT", rows);
        Assert.Contains("164/222 xã, phường, thị trấn", markdown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
    }
}
