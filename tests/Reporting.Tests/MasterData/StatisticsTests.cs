using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Tests.MasterData;

public sealed class StatisticsTests
{
    // Pleiku (622) and one of its communes; An Khê (623) is another district of Gia Lai.
    private const string Pleiku = "622";
    private const string CommuneOfPleiku = "23557";
    private const string AnKhe = "623";

    private static SetStatisticRequest Figure(string unit, string value, long version = 0, string indicator = "TEL.SUBS.FIXED", string period = "2018") =>
        new() { Province = "64", Indicator = indicator, Unit = unit, Period = period, Value = value, Version = version };

    [Theory]
    [InlineData("99")]
    [InlineData("00")]
    public async Task A_figure_for_a_province_the_platform_does_not_hold_is_refused_naming_the_province(string province)
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SetStatisticAsync(new SetStatisticRequest
        {
            Province = province, Indicator = "TEL.SUBS.FIXED", Unit = province, Period = "2018", Value = "10",
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("province", violation.Field);
        Assert.Contains($"{province} is not loaded: import its units.csv", violation.Description, StringComparison.Ordinal);
        Assert.Empty((await client.ListStatisticsAsync(new ListStatisticsRequest { Province = province })).Statistics);
    }

    [Fact]
    public async Task A_new_figure_is_added_with_version_0_and_read_back_exactly()
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());

        // 19 significant digits: a double would come back as 12345678901234.568.
        var added = await client.SetStatisticAsync(Figure("64", "12345678901234.56789", indicator: "TEL.REVENUE", period: "2021"));
        var listed = await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64", Indicator = "TEL.REVENUE" });

        Assert.Equal(1, added.Version);
        var only = Assert.Single(listed.Statistics);
        Assert.Equal(("64", "2021", "", "12345678901234.56789", 1L), (only.Unit, only.Period, only.Category, only.Value, only.Version));
    }

    [Fact]
    public async Task Two_changes_from_the_same_version_one_wins_the_other_is_aborted_and_a_retry_of_the_winner_is_harmless()
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());
        var read = await client.SetStatisticAsync(Figure("64", "35000"));

        var first = await client.SetStatisticAsync(Figure("64", "35949", read.Version));
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.SetStatisticAsync(Figure("64", "36000", read.Version)).ResponseAsync);
        var retry = await client.SetStatisticAsync(Figure("64", "35949", read.Version));
        var addedAgain = await Assert.ThrowsAsync<RpcException>(() => client.SetStatisticAsync(Figure("64", "1")).ResponseAsync);
        var stored = Assert.Single((await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64" })).Statistics);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.Aborted, addedAgain.StatusCode);
        Assert.Equal((read.Version + 1, first.Version), (first.Version, retry.Version));
        Assert.Equal(("35949", first.Version), (stored.Value, stored.Version));
    }

    [Fact]
    public async Task A_district_client_writes_figures_of_its_own_district_and_its_communes_only()
    {
        using var host = new ReportingHost();
        var district = new Statistics.StatisticsClient(host.CreateGrpcChannel(TestCaller.OfDistrict(Pleiku, "64")));
        var admin = new Statistics.StatisticsClient(host.CreateGrpcChannel());

        await district.SetStatisticAsync(Figure(Pleiku, "9000"));
        await district.SetStatisticAsync(Figure(CommuneOfPleiku, "400"));
        var otherDistrict = await Assert.ThrowsAsync<RpcException>(() => district.SetStatisticAsync(Figure(AnKhe, "500")).ResponseAsync);
        var province = await Assert.ThrowsAsync<RpcException>(() => district.SetStatisticAsync(Figure("64", "35949")).ResponseAsync);
        var stored = await admin.ListStatisticsAsync(new ListStatisticsRequest { Province = "64" });

        Assert.Equal(StatusCode.PermissionDenied, otherDistrict.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, province.StatusCode);
        Assert.Equal([CommuneOfPleiku, Pleiku], stored.Statistics.Select(s => s.Unit).ToArray());
    }

    [Fact]
    public async Task A_viewer_may_list_but_not_write()
    {
        using var host = new ReportingHost();
        var viewer = new Statistics.StatisticsClient(host.CreateGrpcChannel(TestCaller.Viewer));

        var listed = await viewer.ListStatisticsAsync(new ListStatisticsRequest { Province = "64" });
        var write = await Assert.ThrowsAsync<RpcException>(() => viewer.SetStatisticAsync(Figure("64", "1")).ResponseAsync);

        Assert.Empty(listed.Statistics);
        Assert.Equal(StatusCode.PermissionDenied, write.StatusCode);
    }

    [Fact]
    public async Task Bad_fields_are_refused_each_by_name_and_nothing_is_written()
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());

        var unknown = await Assert.ThrowsAsync<RpcException>(() => client.SetStatisticAsync(new SetStatisticRequest
        {
            Province = "64", Indicator = "TEL.NOTHING", Unit = "99999", Period = "2018Q5", Value = "1.298.982", Version = -1,
        }).ResponseAsync);
        var fraction = await Assert.ThrowsAsync<RpcException>(() => client.SetStatisticAsync(Figure("64", "12.5")).ResponseAsync);
        var negative = await Assert.ThrowsAsync<RpcException>(() => client.SetStatisticAsync(Figure("64", "-3")).ResponseAsync);
        var category = await Assert.ThrowsAsync<RpcException>(() => client.SetStatisticAsync(new SetStatisticRequest
        {
            Province = "64", Indicator = "TEL.BTS", Unit = "64", Period = "2018", Category = "6G", Value = "3",
        }).ResponseAsync);
        var stored = await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64" });

        Assert.Equal(
            new HashSet<string> { "indicator", "unit", "period", "value", "version" },
            unknown.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToHashSet());
        Assert.Contains("whole number", Assert.Single(fraction.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "value").Description);
        Assert.Contains("negative", Assert.Single(negative.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "value").Description);
        Assert.Contains("2G, 3G, 4G, 5G", Assert.Single(category.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "category").Description);
        Assert.Empty(stored.Statistics);
    }

    [Fact]
    public async Task A_written_figure_changes_the_values_computed_from_it()
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());
        using var http = host.CreateClientAs(TestCaller.Admin);
        const string total = "/api/v1/provinces/64/indicators/TEL.SUBS.TOTAL/values?period=2018";
        await client.SetStatisticAsync(Figure("64", "35949"));
        await client.SetStatisticAsync(Figure("64", "92785", indicator: "TEL.SUBS.POSTPAID"));
        var prepaid = await client.SetStatisticAsync(Figure("64", "1170000", indicator: "TEL.SUBS.PREPAID"));

        var before = await http.GetFromJsonAsync<JsonObject>(total);
        await client.SetStatisticAsync(Figure("64", "1170248", prepaid.Version, indicator: "TEL.SUBS.PREPAID"));
        var after = await http.GetFromJsonAsync<JsonObject>(total);

        Assert.Equal("1.298.734", before!["display"]!.GetValue<string>());
        Assert.Equal("1.298.982", after!["display"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pages_walk_every_figure_once_in_key_order_and_filters_narrow_the_list()
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());
        string[] units = ["64", Pleiku, AnKhe, CommuneOfPleiku, "624"];
        foreach (var unit in units)
        {
            await client.SetStatisticAsync(Figure(unit, "10"));
            await client.SetStatisticAsync(Figure(unit, "20", period: "2019"));
        }
        await client.SetStatisticAsync(new SetStatisticRequest { Province = "64", Indicator = "TEL.BTS", Unit = "64", Period = "2018", Category = "4G", Value = "700" });

        var seen = new List<string>();
        var pageToken = string.Empty;
        do
        {
            var page = await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64", PageSize = 3, PageToken = pageToken });
            Assert.True(page.Statistics.Count <= 3, $"a page of 3 held {page.Statistics.Count}");
            seen.AddRange(page.Statistics.Select(s => $"{s.Indicator}|{s.Unit}|{s.Period}|{s.Category}"));
            pageToken = page.NextPageToken;
        }
        while (pageToken.Length > 0);
        var of2019 = await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64", Period = "2019" });
        var totals = await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64", Indicator = "TEL.BTS", TotalOnly = true });
        var of4G = await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64", Category = "4G" });

        var expected = units.SelectMany(u => new[] { $"TEL.SUBS.FIXED|{u}|2018|", $"TEL.SUBS.FIXED|{u}|2019|" }).Append("TEL.BTS|64|2018|4G")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, seen);
        Assert.Equal(units.Length, of2019.Statistics.Count);
        Assert.All(of2019.Statistics, s => Assert.Equal("2019", s.Period));
        Assert.Empty(totals.Statistics);
        Assert.Equal("700", Assert.Single(of4G.Statistics).Value);
    }

    [Fact]
    public async Task A_forged_page_token_is_a_field_error()
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64", PageToken = "not-a-token" }).ResponseAsync);

        Assert.Equal("pageToken", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task A_figure_is_deleted_only_with_the_version_last_read_and_deleting_it_again_is_harmless()
    {
        using var host = new ReportingHost();
        var client = new Statistics.StatisticsClient(host.CreateGrpcChannel());
        var added = await client.SetStatisticAsync(Figure("64", "100"));
        var changed = await client.SetStatisticAsync(Figure("64", "101", added.Version));
        DeleteStatisticRequest Delete(long version) => new() { Province = "64", Indicator = "TEL.SUBS.FIXED", Unit = "64", Period = "2018", Version = version };

        var stale = await Assert.ThrowsAsync<RpcException>(() => client.DeleteStatisticAsync(Delete(added.Version)).ResponseAsync);
        var deleted = await client.DeleteStatisticAsync(Delete(changed.Version));
        var again = await client.DeleteStatisticAsync(Delete(changed.Version));

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.True(deleted.Deleted);
        Assert.False(again.Deleted);
        Assert.Empty((await client.ListStatisticsAsync(new ListStatisticsRequest { Province = "64" })).Statistics);
    }

    [Fact]
    public async Task Over_rest_a_figure_is_put_and_deleted_at_its_key_and_a_number_where_text_is_expected_names_the_field()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClientAs(TestCaller.Admin);

        using var put = await http.PutAsJsonAsync("/api/v1/provinces/64/statistics/TEL.BTS/622/2018Q3", new { category = "4G", value = "212", version = 0 });
        using var stale = await http.PutAsJsonAsync("/api/v1/provinces/64/statistics/TEL.BTS/622/2018Q3", new { category = "4G", value = "213", version = 0 });
        using var wrongType = await http.PutAsJsonAsync("/api/v1/provinces/64/statistics/TEL.BTS/622/2018Q3", new { category = "4G", value = 213, version = 1 });
        var listed = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/statistics?unit=622&category=4G");
        using var deleted = await http.DeleteAsync("/api/v1/provinces/64/statistics/TEL.BTS/622/2018Q3?category=4G&version=1");
        var afterDelete = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/statistics?unit=622");

        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.NotNull(JsonNode.Parse(await wrongType.Content.ReadAsStringAsync())!["errors"]!["value"]);
        var only = Assert.Single(listed!["statistics"]!.AsArray())!;
        Assert.Equal(("TEL.BTS", "2018Q3", "212"), (only["indicator"]!.GetValue<string>(), only["period"]!.GetValue<string>(), only["value"]!.GetValue<string>()));
        Assert.True(JsonNode.Parse(await deleted.Content.ReadAsStringAsync())!["deleted"]!.GetValue<bool>());
        Assert.Empty(afterDelete!["statistics"]!.AsArray());
    }
}
