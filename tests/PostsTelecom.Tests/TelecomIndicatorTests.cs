using GiaLaiIct.Indicators.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PostsTelecom.Tests;

/// <summary>
/// The Posts &amp; Telecom indicators counted from rows built here, against the Gia Lai 2018 figures of
/// INDICATORS.md and registries that change around a period's end.
/// </summary>
public sealed class TelecomIndicatorTests
{
    private const string GiaLai = "64";

    [Fact]
    public async Task Bdvhx_in_163_distinct_xa_of_184_give_88_59_percent_and_the_points_sum_by_kind()
    {
        using var host = new TelecomHost();
        var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = GiaLai })).Units;
        var xa = units.Where(u => u.Level == "commune" && u.Type == "Xã").ToList();
        var wards = units.Where(u => u.Level == "commune" && u.Type != "Xã").ToList();
        var points = host.PointsClient();

        // Seed 000: 163 BĐVHX (one per xã), 28 post offices, 3 agents, 25 mailboxes; offices and mailboxes
        // also stand in wards, which must not count as xã.
        var placed = new List<(string Kind, string Unit)>();
        placed.AddRange(xa.Take(163).Select(u => ("bdvhx", u.Code)));
        placed.AddRange(Enumerable.Range(0, 28).Select(i => ("post_office", wards[i % wards.Count].Code)));
        placed.AddRange(Enumerable.Range(0, 3).Select(i => ("agent", xa[i].Code)));
        placed.AddRange(Enumerable.Range(0, 25).Select(i => ("mailbox", wards[i % wards.Count].Code)));
        for (var i = 0; i < placed.Count; i++)
        {
            await points.CreatePostalPointAsync(new CreatePostalPointRequest
            {
                Province = GiaLai, Id = $"P{i:D4}", Name = $"Điểm {i}", Kind = placed[i].Kind, Unit = placed[i].Unit, Status = "active", OpenedOn = "2015-01-01",
            });
        }

        var values = await ComputeAsync(host, "2018", [GiaLai], "POST.POINTS", "POST.BDVHX", "POST.XA_WITH_BDVHX");

        Assert.Equal(184, units.Count(u => u.Level == "commune" && u.Type == "Xã"));
        Assert.Equal(163, Value(values, "POST.XA_WITH_BDVHX", GiaLai));
        Assert.Equal("88,59", VietnameseNumber.Display(Value(values, "POST.XA_WITH_BDVHX", GiaLai) * 100m / xa.Count, 2));
        Assert.Equal(163, Value(values, "POST.BDVHX", GiaLai));
        Assert.Equal(219, Value(values, "POST.POINTS", GiaLai));
        Assert.Equal(163, Value(values, "POST.POINTS", GiaLai, "bdvhx"));
        Assert.Equal(28, Value(values, "POST.POINTS", GiaLai, "post_office"));
        Assert.Equal(3, Value(values, "POST.POINTS", GiaLai, "agent"));
        Assert.Equal(25, Value(values, "POST.POINTS", GiaLai, "mailbox"));
        Assert.Equal(0, Value(values, "POST.POINTS", GiaLai, "other"));
        Assert.All(values.Values, v => Assert.True(v.HasData, $"{v.Indicator} should have data"));

        // A district's figure is the rows in its communes; the districts add up to the province.
        var districts = units.Where(u => u.Level == "district").Select(u => u.Code).ToList();
        var byDistrict = await ComputeAsync(host, "2018", districts, "POST.POINTS");
        foreach (var district in districts)
        {
            var communes = units.Where(u => u.ParentCode == district).Select(u => u.Code).ToHashSet();
            Assert.Equal(placed.Count(p => communes.Contains(p.Unit)), Value(byDistrict, "POST.POINTS", district));
        }
        Assert.Equal(219, districts.Sum(d => Value(byDistrict, "POST.POINTS", d)));
    }

    [Fact]
    public async Task Points_count_from_their_opening_and_active_bdvhx_follow_the_status_history()
    {
        using var host = new TelecomHost();
        var points = host.PointsClient();
        await points.CreatePostalPointAsync(Point("B1", "23557", "2017-01-01"));
        await points.CreatePostalPointAsync(Point("B2", "23560", "2017-01-01"));
        await points.CreatePostalPointAsync(Point("B3", "23563", "2019-03-01"));
        var b2 = await points.GetPostalPointAsync(new GetPostalPointRequest { Province = GiaLai, Id = "B2" });
        var closing = Update(b2, "temporarily_closed", "2018-11-15");
        await points.UpdatePostalPointAsync(closing);

        var in2018Q3 = await ComputeAsync(host, "2018Q3", [GiaLai], "POST.BDVHX", "POST.BDVHX.ACTIVE");
        var in2018 = await ComputeAsync(host, "2018", [GiaLai], "POST.BDVHX", "POST.BDVHX.ACTIVE");
        var in2019 = await ComputeAsync(host, "2019", [GiaLai], "POST.BDVHX", "POST.BDVHX.ACTIVE");

        Assert.Equal((2, 2), (Value(in2018Q3, "POST.BDVHX", GiaLai), Value(in2018Q3, "POST.BDVHX.ACTIVE", GiaLai)));
        Assert.Equal((2, 1), (Value(in2018, "POST.BDVHX", GiaLai), Value(in2018, "POST.BDVHX.ACTIVE", GiaLai)));
        Assert.Equal((3, 2), (Value(in2019, "POST.BDVHX", GiaLai), Value(in2019, "POST.BDVHX.ACTIVE", GiaLai)));
    }

    // Stations: A 4G since 2017-05-01; B 3G from 2018-12-31; C 2G from 2019-01-01; D 2G 2016-01-01 until 2018-12-31
    // (out of service that day); E 3G 2016-01-01 until 2019-01-01; F a BSC since 2016-01-01.
    [Theory]
    [InlineData("2018", 3, 0, 2, 1, 1)]
    [InlineData("2018Q1", 3, 1, 1, 1, 1)]
    [InlineData("2018M12", 3, 0, 2, 1, 1)]
    [InlineData("2019M01", 3, 1, 1, 1, 1)]
    [InlineData("2016H1", 2, 1, 1, 0, 1)]
    [InlineData("2015", 0, 0, 0, 0, 0)]
    public async Task Bts_are_counted_in_service_at_the_period_end(string period, long total, long g2, long g3, long g4, long bsc)
    {
        using var host = new TelecomHost();
        var stations = host.StationsClient();
        await stations.CreateStationAsync(Station("A", "bts", "4G", "2017-05-01"));
        await stations.CreateStationAsync(Station("B", "bts", "3G", "2018-12-31"));
        await stations.CreateStationAsync(Station("C", "bts", "2G", "2019-01-01"));
        await stations.CreateStationAsync(Station("D", "bts", "2G", "2016-01-01", "2018-12-31"));
        await stations.CreateStationAsync(Station("E", "bts", "3G", "2016-01-01", "2019-01-01"));
        await stations.CreateStationAsync(Station("F", "bsc", "2G", "2016-01-01"));

        var values = await ComputeAsync(host, period, [GiaLai], "TEL.BTS", "TEL.BSC");

        Assert.Equal(total, Value(values, "TEL.BTS", GiaLai));
        Assert.Equal((g2, g3, g4, 0L), (Value(values, "TEL.BTS", GiaLai, "2G"), Value(values, "TEL.BTS", GiaLai, "3G"),
            Value(values, "TEL.BTS", GiaLai, "4G"), Value(values, "TEL.BTS", GiaLai, "5G")));
        Assert.Equal(bsc, Value(values, "TEL.BSC", GiaLai));
    }

    // L1 internet agent since 2017; L2 game point 2017-06-01 expiring 2018-06-30; L3 internet agent from 2018-02-01,
    // suspended by a sanction of 2018-10-01; L4 game point from 2019-01-05; L5 a frequency licence (not an agent).
    [Theory]
    [InlineData("2018", 1, 1, 0)]
    [InlineData("2018Q1", 3, 2, 1)]
    [InlineData("2018H2", 1, 1, 0)]
    [InlineData("2019", 2, 1, 1)]
    public async Task Agent_certificates_count_while_in_force_at_the_period_end(string period, long total, long internetAgents, long gamePoints)
    {
        using var host = new TelecomHost();
        var licences = host.LicencesClient();
        await licences.CreateLicenceAsync(Licence("L1", "internet_agent", "2017-01-01"));
        await licences.CreateLicenceAsync(Licence("L2", "game_point", "2017-06-01", "2018-06-30"));
        await licences.CreateLicenceAsync(Licence("L3", "internet_agent", "2018-02-01"));
        await licences.CreateLicenceAsync(Licence("L4", "game_point", "2019-01-05"));
        await licences.CreateLicenceAsync(Licence("L5", "frequency", "2016-01-01"));
        await licences.ApplySanctionAsync(new ApplySanctionRequest
        {
            Province = GiaLai, DecisionNumber = "12/QĐ-XPVPHC", LicenceNumber = "L3", Action = "suspend", DecidedOn = "2018-10-01",
        });

        var values = await ComputeAsync(host, period, [GiaLai], "TEL.AGENTS");

        Assert.Equal(total, Value(values, "TEL.AGENTS", GiaLai));
        Assert.Equal(internetAgents, Value(values, "TEL.AGENTS", GiaLai, "internet_agent"));
        Assert.Equal(gamePoints, Value(values, "TEL.AGENTS", GiaLai, "game_point"));
    }

    [Fact]
    public async Task An_empty_registry_is_no_data_rather_than_zero()
    {
        using var host = new TelecomHost();
        await host.StationsClient().CreateStationAsync(Station("A", "bts", "4G", "2017-05-01"));

        var values = await ComputeAsync(host, "2018", [GiaLai]);

        Assert.All(values.Values.Where(v => v.Indicator.StartsWith("POST.", StringComparison.Ordinal) || v.Indicator == "TEL.AGENTS"),
            v => Assert.False(v.HasData, $"{v.Indicator} {v.Category} should be no data"));
        // The station registry holds rows: no controller among them is a real zero.
        Assert.All(values.Values.Where(v => v.Indicator is "TEL.BTS" or "TEL.BSC"), v => Assert.True(v.HasData, $"{v.Indicator} should have data"));
        Assert.Equal(0, Value(values, "TEL.BSC", GiaLai));
    }

    [Fact]
    public async Task A_bad_request_names_each_field()
    {
        using var host = new TelecomHost();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.IndicatorsClient().ComputeIndicatorsAsync(new ComputeIndicatorsRequest
        {
            Province = GiaLai, Period = "2018Q5", Indicators = { "TEL.BTS", "TEL.SUBS.FIXED" },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["period", "indicators"], fields);

        var unknownUnit = await Assert.ThrowsAsync<RpcException>(() => host.IndicatorsClient().ComputeIndicatorsAsync(new ComputeIndicatorsRequest
        {
            Province = GiaLai, Period = "2018", Units = { "18070" },
        }).ResponseAsync);
        Assert.Equal("units", unknownUnit.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
    }

    private static async Task<ComputeIndicatorsResponse> ComputeAsync(TelecomHost host, string period, IEnumerable<string> units, params string[] indicators) =>
        await host.IndicatorsClient().ComputeIndicatorsAsync(new ComputeIndicatorsRequest
        {
            Province = GiaLai, Period = period, Units = { units }, Indicators = { indicators },
        });

    private static long Value(ComputeIndicatorsResponse response, string indicator, string unit, string category = "")
    {
        var found = response.Values.Where(v => v.Indicator == indicator && v.Unit == unit && v.Category == category).ToList();
        Assert.True(found.Count == 1, $"expected one value of {indicator} for {unit} '{category}', got {found.Count}");
        return found[0].Value;
    }

    private static CreatePostalPointRequest Point(string id, string commune, string openedOn) => new()
    {
        Province = GiaLai, Id = id, Name = "BĐVHX " + id, Kind = "bdvhx", Unit = commune, Status = "active", OpenedOn = openedOn,
    };

    private static UpdatePostalPointRequest Update(PostalPoint point, string status, string changedOn) => new()
    {
        Province = point.Province, Id = point.Id, Name = point.Name, Kind = point.Kind, Unit = point.Unit, Status = status,
        OpenedOn = point.OpenedOn, Operator = point.Operator, StatusChangedOn = changedOn, Version = point.Version,
    };

    private static CreateStationRequest Station(string id, string kind, string technology, string from, string to = "") => new()
    {
        Province = GiaLai, Id = id, Kind = kind, Operator = "VIETTEL", Unit = "23557", Technology = technology, InServiceFrom = from, InServiceTo = to,
    };

    private static CreateLicenceRequest Licence(string number, string type, string issuedOn, string expiresOn = "") => new()
    {
        Province = GiaLai, Number = number, Type = type, Holder = "Hộ kinh doanh " + number, Unit = "23557", IssuedOn = issuedOn, ExpiresOn = expiresOn,
    };
}
