using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Reporting.Tests.Indicators;

/// <summary>
/// Reporting's own files of a dataset, imported into an in-process Reporting service (the reference units of Gia Lai
/// are there from its start), and the figures, validation and reports it computes from them.
/// </summary>
public sealed class ProvinceFiguresTests
{
    private const string Statistics = """
        indicator,unit,period,category,value
        TEL.SUBS.FIXED,64,2018,,35949
        TEL.SUBS.POSTPAID,64,2018,,92785
        TEL.SUBS.PREPAID,64,2018,,1170248
        TEL.BB.FIXED,64,2018,,89022
        POST.SAMEDAY_PRESS,64,2018,,213
        PRESS.COMMUNE_RADIO,64,2018,,154
        IT.ONESTOP.COMMUNES,64,2018,,164
        TEL.REVENUE,64,2020Q1,,435
        TEL.REVENUE,64,2021Q1,,458
        TEL.REVENUE,64,2021H1,,884
        TEL.REVENUE,64,2021M9,,800
        TEL.INTERNET.USERS.PCT,64,2021,,120.5
        POST.SAMEDAY_PRESS,622,2021,,10
        POST.SAMEDAY_PRESS,64,2021,,30
        """;

    private const string Units = """
        code,name,type,parent_code,population,area_km2
        64,Tỉnh Gia Lai,Tỉnh,,1457233,15510.8
        """;

    // INDICATORS.md "Checks against the seeds", with the seed's own inputs; none of these is reported, all computed.
    public static readonly TheoryData<string, string, string> SeedFigures = new()
    {
        { "TEL.SUBS.TOTAL", "2018", "1.298.982" },
        { "TEL.SUBS.PER100", "2018", "89,14" },
        { "TEL.BB.FIXED.PER100", "2018", "6,11" },
        { "POST.SAMEDAY_PRESS.PCT", "2018", "95,95" },
        { "PRESS.COMMUNE_RADIO.PCT", "2018", "69,37" },
        { "IT.ONESTOP.COMMUNES.PCT", "2018", "73,87" },
        { "UNITS.COMMUNE", "2018", "222" },
        { "UNITS.XA", "2018", "184" },
        { "TEL.REVENUE.GROWTH", "2021Q1", "5,29" },
    };

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public async Task Seed_figures_are_computed_from_their_inputs(string indicator, string period, string display)
    {
        using var host = new ReportingHost();
        using var http = host.CreateClientAs(TestCaller.Admin);
        await http.ImportAsync(("units.csv", Units), ("statistics.csv", Statistics));

        var value = await http.GetFromJsonAsync<JsonObject>($"/api/v1/provinces/64/indicators/{indicator}/values?period={period}");

        Assert.True(display == value!["display"]?.GetValue<string>(), $"{indicator} {period}: expected {display}, got {value}");
        Assert.Equal("computed", value["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_value_carries_its_target_plan_percent_and_growth_and_absent_fields_are_null()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClientAs(TestCaller.Admin);
        await http.ImportAsync(("statistics.csv", Statistics), ("targets.csv", "indicator,unit,year,target\nTEL.REVENUE,64,2021,1846\n"));

        var revenue = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/indicators/TEL.REVENUE/values?period=2021Q1");
        var unknown = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/indicators/TEL.BB.MOBILE/values?period=2021Q1");

        Assert.Equal("reported", revenue!["source"]!.GetValue<string>());
        Assert.Equal(1846, revenue["target"]!.GetValue<double>());
        Assert.Equal(458d / 1846 * 100, revenue["planPercent"]!.GetValue<double>(), 9);
        Assert.Equal((458d / 435 - 1) * 100, revenue["growthPercent"]!.GetValue<double>(), 9);
        foreach (var field in new[] { "value", "display", "source", "target", "planPercent", "growthPercent", "category" })
        {
            Assert.True(unknown!.ContainsKey(field) && unknown[field] is null, $"{field} should be present and null: {unknown}");
        }
    }

    [Fact]
    public async Task Validation_reports_broken_bounds_decreasing_cumulative_figures_and_children_above_their_total_with_both_sides()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClientAs(TestCaller.Admin);
        await http.ImportAsync(("statistics.csv", Statistics + "\nPOST.SAMEDAY_PRESS,623,2021,,25\n"));
        var units = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/units?parent=64");
        var districts = units!["units"]!.AsArray().Where(u => u!["level"]!.GetValue<string>() == "district").Select(u => u!["code"]!.GetValue<string>()).ToList();

        var violations = (await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/validation?period=2021"))!["violations"]!.AsArray()
            .Select(v => (Rule: v!["rule"]!.GetValue<string>(), Indicator: v["indicator"]!.GetValue<string>(), Period: v["period"]!.GetValue<string>(),
                Left: v["left"]!.GetValue<double>(), Right: v["right"]!.GetValue<double>()))
            .ToList();

        Assert.Contains(("percentage-bounds", "TEL.INTERNET.USERS.PCT", "2021", 120.5, 100d), violations);
        Assert.Contains(("cumulative-decreasing", "TEL.REVENUE", "2021M9", 800d, 884d), violations);
        Assert.DoesNotContain(violations, v => v.Period.StartsWith("2018", StringComparison.Ordinal));
        // Only two of the 17 districts report POST.SAMEDAY_PRESS: a partial sum is no total to compare with.
        Assert.True(districts.Count > 2);
        Assert.DoesNotContain(violations, v => v.Rule == "sum-of-children");
    }

    [Fact]
    public async Task Every_error_of_a_dataset_names_file_line_and_column_and_nothing_is_written()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClientAs(TestCaller.Admin);
        const string statistics = """
            indicator,unit,period,category,value
            TEL.SUBS.FIXED,64,2018,,35949
            TEL.NOPE,64,2018,,1
            TEL.SUBS.PREPAID,99999,2018,,1
            TEL.SUBS.PREPAID,64,2018Q5,,1
            TEL.SUBS.PREPAID,64,2019,,-5
            POST.POINTS,64,2018,kiosk,3
            TEL.SUBS.POSTPAID,64,2018,,1.298.982
            TEL.SUBS.FIXED,64,2018,,35949
            """;

        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", ProvinceDataset.Empty.With("statistics.csv", statistics).With("tasks.csv", "plan,number,content,lead,due,status,owner\n").With("budget.csv", "a\n").ToZipContent());
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray()
            .Select(e => (File: e!["file"]!.GetValue<string>(), Line: e["line"]!.GetValue<int>(), Column: e["column"]!.GetValue<string>())).ToList();
        var written = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/indicators/TEL.SUBS.FIXED/values?period=2018");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [
                ("budget.csv", 0, ""),
                ("statistics.csv", 3, "indicator"),
                ("statistics.csv", 4, "unit"),
                ("statistics.csv", 5, "period"),
                ("statistics.csv", 6, "value"),
                ("statistics.csv", 7, "category"),
                ("statistics.csv", 8, "value"),
                ("statistics.csv", 9, "indicator"),
                ("tasks.csv", 1, "owner"),
            ],
            errors);
        Assert.Null(written!["value"]);
    }

    [Fact]
    public async Task The_report_lists_the_documents_of_the_period_and_the_overdue_tasks()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClientAs(TestCaller.Admin);
        await http.ImportAsync(
            ("statistics.csv", Statistics),
            ("documents.csv", "number,issued_on,issuer,title\n468/QĐ-UBND,2018-06-14,UBND tỉnh,Quyết định ban hành quy chế\n12/KH-STTTT,2017-01-05,Sở TT&TT,Kế hoạch năm 2017\n"),
            ("tasks.csv", "plan,number,content,lead,coordinators,due,status\nKH-2018,1,Triển khai Một cửa điện tử,Sở TT&TT,UBND các huyện;Sở Nội vụ,2018-06,doing\nKH-2018,2,Duy trì cổng thông tin,Sở TT&TT,,recurring,doing\nKH-2018,3,Đào tạo CNTT,Sở TT&TT,,2018-03,done\n"));

        var report = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/reports/2018");

        var planning = report!["sections"]!.AsArray().Single(s => s!["field"]!.GetValue<string>() == "planning");
        var lists = planning!["lists"]!.AsArray().ToDictionary(l => l!["title"]!.GetValue<string>(), l => l!["items"]!.AsArray().Select(i => i!.GetValue<string>()).ToList());
        Assert.Equal(["468/QĐ-UBND ngày 14/06/2018 của UBND tỉnh: Quyết định ban hành quy chế"], lists["Văn bản đã tham mưu, ban hành"]);
        var overdue = Assert.Single(lists, l => l.Key.StartsWith("Nhiệm vụ quá hạn", StringComparison.Ordinal)).Value;
        Assert.Equal("KH-2018, nhiệm vụ 1: Triển khai Một cửa điện tử (chủ trì: Sở TT&TT; hạn: tháng 6/2018)", Assert.Single(overdue));
        Assert.Contains(planning["paragraphs"]!.AsArray(), p => p!.GetValue<string>().StartsWith("Kế hoạch KH-2018: 3 nhiệm vụ", StringComparison.Ordinal));
        Assert.Equal("năm 2018", report["periodName"]!.GetValue<string>());
    }
}
