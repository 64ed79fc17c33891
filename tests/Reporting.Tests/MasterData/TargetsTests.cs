using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Tests.MasterData;

public sealed class TargetsTests
{
    private static SetTargetRequest Revenue(string value, long version = 0) =>
        new() { Province = "64", Indicator = "TEL.REVENUE", Unit = "64", Year = 2021, Value = value, Version = version };

    [Fact]
    public async Task A_target_set_by_the_planning_officer_becomes_the_plan_of_the_indicator_value()
    {
        using var host = new ReportingHost();
        var planning = new Targets.TargetsClient(host.CreateGrpcChannel(TestCaller.Officer("planning-officer")));
        var statistics = new Statistics.StatisticsClient(host.CreateGrpcChannel());
        using var http = host.CreateClientAs(TestCaller.Viewer);
        await statistics.SetStatisticAsync(new SetStatisticRequest { Province = "64", Indicator = "TEL.REVENUE", Unit = "64", Period = "2021Q1", Value = "458" });

        var first = await planning.SetTargetAsync(Revenue("1800"));
        var before = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/indicators/TEL.REVENUE/values?period=2021Q1");
        var changed = await planning.SetTargetAsync(Revenue("1846", first.Version));
        var after = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/indicators/TEL.REVENUE/values?period=2021Q1");
        var listed = await planning.ListTargetsAsync(new ListTargetsRequest { Province = "64", Year = 2021 });

        Assert.Equal(1800, before!["target"]!.GetValue<double>());
        Assert.Equal(1846, after!["target"]!.GetValue<double>());
        Assert.Equal(458d / 1846 * 100, after["planPercent"]!.GetValue<double>(), 9);
        var only = Assert.Single(listed.Targets);
        Assert.Equal(("TEL.REVENUE", "1846", first.Version + 1), (only.Indicator, only.Value, changed.Version));
    }

    [Fact]
    public async Task A_stale_target_is_aborted_and_neither_district_clients_nor_other_officers_set_targets()
    {
        using var host = new ReportingHost();
        var admin = new Targets.TargetsClient(host.CreateGrpcChannel());
        var first = await admin.SetTargetAsync(Revenue("1800"));
        await admin.SetTargetAsync(Revenue("1846", first.Version));

        var stale = await Assert.ThrowsAsync<RpcException>(() => admin.SetTargetAsync(Revenue("1900", first.Version)).ResponseAsync);
        var district = await Assert.ThrowsAsync<RpcException>(() => new Targets.TargetsClient(host.CreateGrpcChannel(TestCaller.OfDistrict("622", "64")))
            .SetTargetAsync(new SetTargetRequest { Province = "64", Indicator = "TEL.REVENUE", Unit = "622", Year = 2021, Value = "100" }).ResponseAsync);
        var telecom = await Assert.ThrowsAsync<RpcException>(() => new Targets.TargetsClient(host.CreateGrpcChannel(TestCaller.Officer("telecom-officer")))
            .SetTargetAsync(Revenue("2000")).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, district.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, telecom.StatusCode);
        Assert.Equal("1846", Assert.Single((await admin.ListTargetsAsync(new ListTargetsRequest { Province = "64" })).Targets).Value);
    }

    [Fact]
    public async Task A_target_with_a_bad_year_and_value_is_refused_naming_both()
    {
        using var host = new ReportingHost();
        var admin = new Targets.TargetsClient(host.CreateGrpcChannel());

        var error = await Assert.ThrowsAsync<RpcException>(() => admin.SetTargetAsync(new SetTargetRequest
        {
            Province = "64", Indicator = "TEL.REVENUE", Unit = "64", Year = 21, Value = "1,846",
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(new HashSet<string> { "year", "value" }, error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToHashSet());
        Assert.Empty((await admin.ListTargetsAsync(new ListTargetsRequest { Province = "64" })).Targets);
    }
}
