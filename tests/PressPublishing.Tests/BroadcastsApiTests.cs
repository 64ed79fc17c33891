using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>The broadcast hours API (broadcasts.proto) called over gRPC.</summary>
public sealed class BroadcastsApiTests
{
    private const string GiaLai = PressHost.GiaLai;
    private const string Provincial = "Đài Phát thanh - Truyền hình Gia Lai";
    private const string ChuPah = "Đài Truyền thanh - Truyền hình Chư Păh";

    private static SetBroadcastHoursRequest Hours(string station, string medium, string period, string language, string unit, long hours, long? plan = null, long version = 0)
    {
        var request = new SetBroadcastHoursRequest
        {
            Province = GiaLai, Station = station, Medium = medium, Period = period, Language = language, Unit = unit, Hours = hours, Version = version,
        };
        if (plan is { } p)
        {
            request.PlanHours = p;
        }
        return request;
    }

    private static string Key(BroadcastHours h) => $"{h.Station}|{h.Medium}|{h.Period}|{h.Language}";

    private static async Task<List<string>> KeysAsync(Broadcasts.BroadcastsClient client, ListBroadcastHoursRequest request) =>
        (await client.ListBroadcastHoursAsync(request)).Hours.Select(Key).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Set_hours_are_listed_as_written_and_filtered_by_medium_period_unit_station_words_and_totals_only()
    {
        using var host = new PressHost();
        var client = host.Broadcasts();
        var radioTotal = await client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "", GiaLai, 13505, 13500));
        var jrai = await client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "jrai", GiaLai, 456, 456));
        var tv = await client.SetBroadcastHoursAsync(Hours(Provincial, "tv", "2018", "", GiaLai, 41336));
        await client.SetBroadcastHoursAsync(Hours(ChuPah, "radio", "2018", "", "627", 9000, 6000));
        await client.SetBroadcastHoursAsync(Hours(ChuPah, "radio", "2018Q1", "", "627", 2000));

        var all = await client.ListBroadcastHoursAsync(new ListBroadcastHoursRequest { Province = GiaLai });

        Assert.Equal(new BroadcastHours
        {
            Province = GiaLai, Station = Provincial, Medium = "radio", Period = "2018", Language = "", Unit = GiaLai, Hours = 13505, PlanHours = 13500, Version = 1,
        }, radioTotal);
        Assert.Equal(("jrai", 456L, 456L), (jrai.Language, jrai.Hours, jrai.PlanHours));
        Assert.False(tv.HasPlanHours);
        Assert.Equal(5, all.Hours.Count);
        Assert.Contains(radioTotal, all.Hours);
        Assert.Contains(jrai, all.Hours);
        Assert.Contains(tv, all.Hours);
        Assert.False(all.Hours.Single(h => h.Station == Provincial && h.Medium == "tv").HasPlanHours);
        string[] chuPah = [$"{ChuPah}|radio|2018Q1|", $"{ChuPah}|radio|2018|"];
        string[] provincial = [$"{Provincial}|radio|2018|", $"{Provincial}|radio|2018|jrai", $"{Provincial}|tv|2018|"];
        Assert.Equal(chuPah, await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Unit = "627" }));
        Assert.Empty(await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Unit = "622" }));
        Assert.Equal(5, (await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Unit = GiaLai })).Count);
        Assert.Equal([$"{Provincial}|tv|2018|"], await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Medium = "tv" }));
        Assert.Equal([$"{ChuPah}|radio|2018Q1|"], await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Period = "2018Q1" }));
        Assert.Equal([$"{Provincial}|radio|2018|", $"{ChuPah}|radio|2018|"],
            await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Period = "2018", Medium = "radio", TotalOnly = true }));
        Assert.Equal(4, (await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, TotalOnly = true })).Count);
        Assert.Equal(chuPah, await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Q = "chu pah" }));
        Assert.Equal(provincial, await KeysAsync(client, new ListBroadcastHoursRequest { Province = GiaLai, Q = "PHAT  THANH" }));
    }

    [Fact]
    public async Task The_same_set_again_writes_nothing_and_a_change_on_a_stale_version_is_aborted_leaving_the_newer_hours()
    {
        using var host = new PressHost();
        var client = host.Broadcasts();
        var first = await client.SetBroadcastHoursAsync(Hours(ChuPah, "tv", "2018", "", "627", 3000, 3200));
        var before = SqliteDump.Of(host.DatabaseFile);

        var again = await client.SetBroadcastHoursAsync(Hours(ChuPah, "tv", "2018", "", "627", 3000, 3200));
        var afterRepeat = SqliteDump.Of(host.DatabaseFile);
        var blind = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(ChuPah, "tv", "2018", "", "627", 3100, 3200)).ResponseAsync);
        var changed = await client.SetBroadcastHoursAsync(Hours(ChuPah, "tv", "2018", "", "627", 3150, 3200, version: first.Version));
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(ChuPah, "tv", "2018", "", "627", 2900, 3200, version: first.Version)).ResponseAsync);
        var list = await client.ListBroadcastHoursAsync(new ListBroadcastHoursRequest { Province = GiaLai });

        Assert.Equal(first, again);
        Assert.Equal(1, again.Version);
        Assert.Equal(before, afterRepeat);
        // Version 0 only adds: another value over a stored one needs the version read.
        Assert.Equal(StatusCode.Aborted, blind.StatusCode);
        Assert.Equal((3150L, 2L), (changed.Hours, changed.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal([changed], list.Hours);
    }

    [Theory]
    [InlineData("medium", "satellite", "2018", "", "627", 100)]
    [InlineData("period", "radio", "2018Q5", "", "627", 100)]
    [InlineData("period", "radio", "2018-06", "", "627", 100)]
    [InlineData("hours", "radio", "2018", "", "627", -1)]
    [InlineData("language", "radio", "2018", "french", "627", 10)]
    [InlineData("unit", "radio", "2018", "", "99999", 100)]
    [InlineData("unit", "radio", "2018", "", "436", 100)]
    public async Task Bad_hours_are_refused_naming_the_field_and_nothing_is_written(string field, string medium, string period, string language, string unit, long hours)
    {
        using var host = new PressHost();
        var client = host.Broadcasts();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(ChuPah, medium, period, language, unit, hours)).ResponseAsync);
        var list = await client.ListBroadcastHoursAsync(new ListBroadcastHoursRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Hours);
    }

    [Fact]
    public async Task A_negative_plan_is_refused_naming_the_plan()
    {
        using var host = new PressHost();
        var client = host.Broadcasts();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(ChuPah, "radio", "2018", "", "627", 100, plan: -5)).ResponseAsync);
        var list = await client.ListBroadcastHoursAsync(new ListBroadcastHoursRequest { Province = GiaLai });

        Assert.Equal("planHours", error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Hours);
    }

    [Fact]
    public async Task Language_parts_need_their_stations_total_in_its_unit_and_may_not_add_up_beyond_it()
    {
        using var host = new PressHost();
        var client = host.Broadcasts();

        var noTotal = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "jrai", GiaLai, 400)).ResponseAsync);
        var total = await client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "", GiaLai, 1000));
        await client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "jrai", GiaLai, 600));
        var otherUnit = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "bahnar", "627", 100)).ResponseAsync);
        // 600 + 401 > 1000; 600 + 400 = 1000 fits.
        var above = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "bahnar", GiaLai, 401)).ResponseAsync);
        await client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "bahnar", GiaLai, 400));
        // The total may not drop below its parts either.
        var lowered = await Assert.ThrowsAsync<RpcException>(() => client.SetBroadcastHoursAsync(Hours(Provincial, "radio", "2018", "", GiaLai, 999, version: total.Version)).ResponseAsync);
        var list = await client.ListBroadcastHoursAsync(new ListBroadcastHoursRequest { Province = GiaLai });

        static string Field(RpcException e) => e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field;
        Assert.Equal("language", Field(noTotal));
        Assert.Equal("unit", Field(otherUnit));
        Assert.Equal("hours", Field(above));
        Assert.Equal("hours", Field(lowered));
        Assert.Equal([("", 1000L), ("bahnar", 400L), ("jrai", 600L)], list.Hours.Select(h => (h.Language, h.Hours)).Order());
    }

    [Fact]
    public async Task Pages_of_two_over_five_rows_give_every_row_once_in_station_period_language_medium_order()
    {
        using var host = new PressHost();
        var client = host.Broadcasts();
        // Set out of order; the second and third rows differ by medium alone, across a page boundary.
        await client.SetBroadcastHoursAsync(Hours("Đài B", "radio", "2018", "", "627", 10));
        await client.SetBroadcastHoursAsync(Hours("Đài A", "tv", "2018", "", "627", 20));
        await client.SetBroadcastHoursAsync(Hours("Đài A", "radio", "2018", "", "627", 30));
        await client.SetBroadcastHoursAsync(Hours("Đài A", "radio", "2018", "jrai", "627", 5));
        await client.SetBroadcastHoursAsync(Hours("Đài A", "tv", "2017", "", "627", 40));

        var pages = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await client.ListBroadcastHoursAsync(new ListBroadcastHoursRequest { Province = GiaLai, PageSize = 2, PageToken = token });
            Assert.True(page.Hours.Count <= 2);
            pages.Add(string.Join(" ; ", page.Hours.Select(Key)));
            token = page.NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);

        Assert.Equal(
        [
            "Đài A|tv|2017| ; Đài A|radio|2018|",
            "Đài A|tv|2018| ; Đài A|radio|2018|jrai",
            "Đài B|radio|2018|",
        ], pages);
    }
}
