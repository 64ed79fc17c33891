using System.Net;
using System.Text.Json.Nodes;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>The printing output API (printing.proto) called over gRPC, and the PRINT.* figures counted from what it wrote.</summary>
public sealed class PrintingApiTests
{
    private const string GiaLai = PressHost.GiaLai;
    private const string Provincial = "Công ty Cổ phần In Gia Lai";
    private const string ChuPah = "Xí nghiệp in Chư Păh";
    private const string YenDo = "Cơ sở in Yên Đỗ";

    private static SetPrintingOutputRequest Output(
        string facility, string period, string unit, long pages, long revenue, long? planPages = null, long? planRevenue = null, long version = 0)
    {
        var request = new SetPrintingOutputRequest { Province = GiaLai, Facility = facility, Period = period, Unit = unit, Pages = pages, RevenueVnd = revenue, Version = version };
        if (planPages is { } p)
        {
            request.PlanPages = p;
        }
        if (planRevenue is { } r)
        {
            request.PlanRevenueVnd = r;
        }
        return request;
    }

    private static async Task<List<string>> KeysAsync(PrintingOutputs.PrintingOutputsClient client, ListPrintingOutputsRequest request) =>
        (await client.ListPrintingOutputsAsync(request)).Outputs.Select(o => $"{o.Facility}|{o.Period}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Set_outputs_are_listed_as_written_and_filtered_by_period_by_unit_with_its_communes_and_by_facility_words()
    {
        using var host = new PressHost();
        var client = host.Printing();
        var provincial = await client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 1_500_000_000, 30_000_000_000, 1_000_000_000, 32_000_000_000));
        var chuPah = await client.SetPrintingOutputAsync(Output(ChuPah, "2018Q1", "627", 100_000_000, 2_000_000_000));
        await client.SetPrintingOutputAsync(Output(YenDo, "2018", "23557", 50_000_000, 1_000_000_000));

        var all = await client.ListPrintingOutputsAsync(new ListPrintingOutputsRequest { Province = GiaLai });

        Assert.Equal(new PrintingOutput
        {
            Province = GiaLai, Facility = Provincial, Period = "2018", Unit = "622", Pages = 1_500_000_000, PlanPages = 1_000_000_000,
            RevenueVnd = 30_000_000_000, PlanRevenueVnd = 32_000_000_000, Version = 1,
        }, provincial);
        Assert.False(chuPah.HasPlanPages);
        Assert.False(chuPah.HasPlanRevenueVnd);
        Assert.Equal(3, all.Outputs.Count);
        Assert.Contains(provincial, all.Outputs);
        Assert.Contains(chuPah, all.Outputs);
        Assert.Equal([$"{Provincial}|2018", $"{YenDo}|2018"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Unit = "622" }));
        Assert.Equal([$"{YenDo}|2018"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Unit = "23557" }));
        Assert.Equal([$"{ChuPah}|2018Q1"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Unit = "627" }));
        Assert.Equal(3, (await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Unit = GiaLai })).Count);
        Assert.Equal([$"{ChuPah}|2018Q1"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Period = "2018Q1" }));
        Assert.Equal([$"{Provincial}|2018", $"{YenDo}|2018"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Period = "2018" }));
        Assert.Equal([$"{ChuPah}|2018Q1"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Q = "xi nghiep in chu pah" }));
        Assert.Equal([$"{YenDo}|2018"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Q = "YEN DO" }));
        Assert.Equal([$"{Provincial}|2018"], await KeysAsync(client, new ListPrintingOutputsRequest { Province = GiaLai, Q = "in gia lai" }));
    }

    [Fact]
    public async Task The_same_set_again_writes_nothing_and_a_change_on_a_stale_version_is_aborted_leaving_the_newer_figures()
    {
        using var host = new PressHost();
        var client = host.Printing();
        var first = await client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 1000, 5000, 900));
        var before = SqliteDump.Of(host.DatabaseFile);

        var again = await client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 1000, 5000, 900));
        var afterRepeat = SqliteDump.Of(host.DatabaseFile);
        var blind = await Assert.ThrowsAsync<RpcException>(() => client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 1100, 5000, 900)).ResponseAsync);
        // Dropping the plan is a change too.
        var changed = await client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 1200, 6000, version: first.Version));
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 800, 6000, 900, version: first.Version)).ResponseAsync);
        var list = await client.ListPrintingOutputsAsync(new ListPrintingOutputsRequest { Province = GiaLai });

        Assert.Equal(first, again);
        Assert.Equal(1, again.Version);
        Assert.Equal(before, afterRepeat);
        Assert.Equal(StatusCode.Aborted, blind.StatusCode);
        Assert.Equal((1200L, 6000L, false, 2L), (changed.Pages, changed.RevenueVnd, changed.HasPlanPages, changed.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal([changed], list.Outputs);
    }

    [Theory]
    [InlineData("period", "2018-01", "622", 10, 10, 0)]
    [InlineData("period", "2018H3", "622", 10, 10, 0)]
    [InlineData("pages", "2018", "622", -1, 10, 0)]
    [InlineData("revenueVnd", "2018", "622", 10, -1, 0)]
    [InlineData("planPages", "2018", "622", 10, 10, -1)]
    [InlineData("unit", "2018", "436", 10, 10, 0)]
    [InlineData("unit", "2018", "", 10, 10, 0)]
    public async Task A_bad_output_is_refused_naming_the_field_and_nothing_is_written(string field, string period, string unit, long pages, long revenue, long planPages)
    {
        using var host = new PressHost();
        var client = host.Printing();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SetPrintingOutputAsync(Output(Provincial, period, unit, pages, revenue, planPages)).ResponseAsync);
        var list = await client.ListPrintingOutputsAsync(new ListPrintingOutputsRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Outputs);
    }

    [Fact]
    public async Task Pages_of_two_over_five_outputs_give_every_output_once_in_facility_then_period_order()
    {
        using var host = new PressHost();
        var client = host.Printing();
        // Set out of order; the first two pages split one facility's periods.
        foreach (var (facility, period) in new[] { ("Cơ sở C", "2018"), ("Cơ sở A", "2018Q2"), ("Cơ sở B", "2018Q1"), ("Cơ sở A", "2018Q1"), ("Cơ sở B", "2017") })
        {
            await client.SetPrintingOutputAsync(Output(facility, period, "622", 1, 1));
        }

        var pages = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await client.ListPrintingOutputsAsync(new ListPrintingOutputsRequest { Province = GiaLai, PageSize = 2, PageToken = token });
            pages.Add(string.Join(" ; ", page.Outputs.Select(o => $"{o.Facility}|{o.Period}")));
            token = page.NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);

        Assert.Equal(["Cơ sở A|2018Q1 ; Cơ sở A|2018Q2", "Cơ sở B|2017 ; Cơ sở B|2018Q1", "Cơ sở C|2018"], pages);
    }

    [Fact]
    public async Task Print_pages_revenue_and_their_plans_add_up_the_facilities_of_the_period_by_the_unit_they_sit_in()
    {
        using var host = new PressHost();
        var client = host.Printing();
        // Pleiku (622): a provincial printer with a yearly plan, and a commune's shop with none.
        await client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 1_500_000_000, 30_000_000_000, 1_000_000_000, 32_000_000_000));
        await client.SetPrintingOutputAsync(Output(YenDo, "2018", "23557", 50_000_000, 1_000_000_000));
        // Chư Păh (627): quarterly rows with a page plan but no revenue plan.
        await client.SetPrintingOutputAsync(Output(ChuPah, "2018Q1", "627", 100_000_000, 2_000_000_000, 80_000_000));
        await client.SetPrintingOutputAsync(Output(ChuPah, "2018Q2", "627", 120_000_000, 2_500_000_000, 80_000_000));
        // Another year: counts for 2018 nowhere.
        await client.SetPrintingOutputAsync(Output(Provincial, "2019", "622", 7, 7, 7, 7));
        string[] codes = ["PRINT.PAGES", "PRINT.PAGES.PLAN", "PRINT.REVENUE", "PRINT.REVENUE.PLAN"];

        var year = await host.ComputeAsync("2018", [GiaLai, "622", "627", "23557"], codes);
        var firstHalf = await host.ComputeAsync("2018H1", [GiaLai], codes);
        var q1 = await host.ComputeAsync("2018Q1", [GiaLai], codes);

        // Province: 1.500.000.000 + 50.000.000 + 100.000.000 + 120.000.000 pages; plans only where set.
        Assert.Equal(1_770_000_000, PressHost.Value(year, "PRINT.PAGES", GiaLai));
        Assert.Equal(1_000_000_000 + 80_000_000 + 80_000_000, PressHost.Value(year, "PRINT.PAGES.PLAN", GiaLai));
        Assert.Equal(35_500_000_000, PressHost.Value(year, "PRINT.REVENUE", GiaLai));
        Assert.Equal(32_000_000_000, PressHost.Value(year, "PRINT.REVENUE.PLAN", GiaLai));
        // Pleiku holds its commune's shop; Chư Păh its two quarters.
        Assert.Equal(1_550_000_000, PressHost.Value(year, "PRINT.PAGES", "622"));
        Assert.Equal(31_000_000_000, PressHost.Value(year, "PRINT.REVENUE", "622"));
        Assert.Equal(50_000_000, PressHost.Value(year, "PRINT.PAGES", "23557"));
        Assert.Equal(220_000_000, PressHost.Value(year, "PRINT.PAGES", "627"));
        Assert.Equal(160_000_000, PressHost.Value(year, "PRINT.PAGES.PLAN", "627"));
        Assert.Equal(4_500_000_000, PressHost.Value(year, "PRINT.REVENUE", "627"));
        // A half year holds the two quarters and none of the yearly rows.
        Assert.Equal(220_000_000, PressHost.Value(firstHalf, "PRINT.PAGES", GiaLai));
        Assert.Equal(4_500_000_000, PressHost.Value(firstHalf, "PRINT.REVENUE", GiaLai));
        Assert.Equal(100_000_000, PressHost.Value(q1, "PRINT.PAGES", GiaLai));
        Assert.Equal(80_000_000, PressHost.Value(q1, "PRINT.PAGES.PLAN", GiaLai));
    }

    [Fact]
    public async Task The_percent_of_plan_of_pages_and_revenue_is_the_facilities_sum_over_their_planned_sum()
    {
        using var system = new ReportingWithPress();
        var client = new PrintingOutputs.PrintingOutputsClient(system.Press.CreateGrpcChannel());
        // Seed 000's 2018 figures split over two facilities: 2.171.540.000 pages of 1.400.000.000 planned (155,11 %),
        // 49.666.159.000 đồng of 50.000.000.000 planned (99,33 %).
        await client.SetPrintingOutputAsync(Output(Provincial, "2018", "622", 2_000_000_000, 45_000_000_000, 1_300_000_000, 46_000_000_000));
        await client.SetPrintingOutputAsync(Output(ChuPah, "2018", "627", 171_540_000, 4_666_159_000, 100_000_000, 4_000_000_000));
        using var http = system.Reporting.CreateClient();

        var pages = await ValueAsync(http, "PRINT.PAGES.PLAN_PCT");
        var revenue = await ValueAsync(http, "PRINT.REVENUE.PLAN_PCT");

        Assert.Equal("155,11", pages["display"]!.GetValue<string>());
        Assert.Equal(2_171_540_000d * 100 / 1_400_000_000, pages["value"]!.GetValue<double>(), 9);
        Assert.Equal("99,33", revenue["display"]!.GetValue<string>());
        Assert.Equal(49_666_159_000d * 100 / 50_000_000_000, revenue["value"]!.GetValue<double>(), 9);
    }

    private static async Task<JsonNode> ValueAsync(HttpClient http, string indicator)
    {
        using var response = await http.GetAsync($"/api/v1/provinces/64/indicators/{indicator}/values?period=2018");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }
}
