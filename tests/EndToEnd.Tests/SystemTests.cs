using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>The whole platform as started by <c>dotnet run --project src/AppHost</c>: real processes, real ports.</summary>
public sealed class SystemTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Rest_and_grpc_calls_reach_their_services_through_the_gateway()
    {
        await using var system = await RunningSystem.StartAsync(StartTimeout);
        using var http = await system.CreateHttpClientAsync("admin");
        using var channel = await system.CreateGrpcChannelAsync("admin");

        var rest = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/units?parent=622");
        var grpcUnits = await new AdministrativeUnits.AdministrativeUnitsClient(channel)
            .ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "622" });
        var created = await new PostalServicePoints.PostalServicePointsClient(channel).CreatePostalPointAsync(new CreatePostalPointRequest
        {
            Province = "64", Id = "E2E-1", Name = "Điểm BĐVHX Yên Đỗ", Kind = "bdvhx", Unit = "23557", Status = "active", OpenedOn = "2018-06-01",
        });
        var readOverRest = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/postal-points/E2E-1");
        using var health = await http.GetAsync("/health");
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "district-622", ["client_secret"] = "district-622-secret",
        }));

        var restCodes = rest!["units"]!.AsArray().Select(unit => unit!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("23557", restCodes);
        Assert.Equal(restCodes, grpcUnits.Units.Select(unit => unit.Code));
        Assert.Equal(1, created.Version);
        Assert.Equal("Điểm BĐVHX Yên Đỗ", readOverRest!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.NotNull(JsonNode.Parse(await token.Content.ReadAsStringAsync())!["access_token"]);
    }

    [Fact]
    public async Task Bad_requests_through_the_gateway_name_the_field_and_write_nothing()
    {
        await using var system = await RunningSystem.StartAsync(StartTimeout);
        using var http = await system.CreateHttpClientAsync("admin");
        using var channel = await system.CreateGrpcChannelAsync("admin");
        var points = new PostalServicePoints.PostalServicePointsClient(channel);

        using var missing = await http.PostAsJsonAsync("/api/v1/provinces/64/postal-points", new { id = "X1", kind = "bdvhx" });
        using var wrongType = await http.PostAsJsonAsync("/api/v1/provinces/64/postal-points", new { id = "X2", name = 5, kind = "bdvhx" });
        using var unknownUnit = await http.PostAsJsonAsync("/api/v1/provinces/64/postal-points",
            new { id = "X3", name = "Điểm", kind = "bdvhx", unit = "99999", status = "active", openedOn = "2018-01-01" });
        var grpcError = await Assert.ThrowsAsync<RpcException>(() => points.CreatePostalPointAsync(new CreatePostalPointRequest
        {
            Province = "64", Id = "X4", Name = "Điểm", Kind = "bdvhx", Unit = "99999", Status = "active", OpenedOn = "2018-01-01",
        }).ResponseAsync);
        var stored = await points.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });

        await AssertProblemNamesAsync(missing, "name", "unit", "status", "openedOn");
        await AssertProblemNamesAsync(wrongType, "name");
        await AssertProblemNamesAsync(unknownUnit, "unit");
        Assert.Equal(StatusCode.InvalidArgument, grpcError.StatusCode);
        Assert.Equal("unit", grpcError.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(stored.Points);
    }

    [Fact]
    public async Task A_killed_service_is_restarted_while_the_others_keep_answering_and_ctrl_c_leaves_nothing()
    {
        await using var system = await RunningSystem.StartAsync(StartTimeout);
        using var http = await system.CreateHttpClientAsync("admin");
        using var channel = await system.CreateGrpcChannelAsync("admin");
        var points = new PostalServicePoints.PostalServicePointsClient(channel);
        var services = new OnlinePublicServices.OnlinePublicServicesClient(channel);
        var before = await points.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });
        var killedPid = system.ProcessIdOf("telecom");
        var othersBefore = system.ProcessIds.Where(pair => pair.Key != "telecom").ToDictionary();
        var outputSeen = system.Output.Count;

        using (var victim = System.Diagnostics.Process.GetProcessById(killedPid))
        {
            victim.Kill();
            await victim.WaitForExitAsync();
        }
        await system.WaitForOutputAsync(new Regex(@"telecom exited with code"), TimeSpan.FromSeconds(10), outputSeen);

        // While telecom is down or coming back, the other services answer through the gateway.
        using var units = await http.GetAsync("/api/v1/provinces/64/units?parent=623");
        var itList = await services.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64" });
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.NotNull(itList);

        await system.WaitForOutputAsync(new Regex(@"telecom started \(pid (?!" + killedPid + @"\))\d+\)"), TimeSpan.FromSeconds(30), outputSeen);
        var after = await GatewayClients.EventuallyAsync(
            () => points.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" }).ResponseAsync,
            TimeSpan.FromSeconds(60));
        Assert.NotEqual(killedPid, system.ProcessIdOf("telecom"));
        Assert.Equal(before.Points.Count, after.Points.Count);
        Assert.Equal(othersBefore, system.ProcessIds.Where(pair => pair.Key != "telecom").ToDictionary());

        var children = system.ProcessIds.Values.ToList();
        var exitCode = await system.StopAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, exitCode);
        Assert.Contains("All resources stopped.", system.Transcript());
        Assert.All(children, pid => Assert.False(RunningSystem.IsRunning(pid), $"process {pid} is still running after Ctrl-C"));
    }

    private static async Task AssertProblemNamesAsync(HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"expected an error for '{field}' in {body}");
        }
    }
}
