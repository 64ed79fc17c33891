using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>
/// The whole platform as started by <c>dotnet run --project src/AppHost</c>: real processes, real ports. The system
/// is shared with the other tests of the collection, so each test writes rows of its own and asserts only on those.
/// </summary>
[Collection(RunningSystemFixture.Collection)]
public sealed class SystemTests(RunningSystemFixture fixture)
{

    [Fact]
    public async Task Rest_and_grpc_calls_reach_their_services_through_the_gateway()
    {
        var system = fixture.System;
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
        var system = fixture.System;
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
        var stored = await points.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64", PageSize = 500 });

        await AssertProblemNamesAsync(missing, "name", "unit", "status", "openedOn");
        await AssertProblemNamesAsync(wrongType, "name");
        await AssertProblemNamesAsync(unknownUnit, "unit");
        Assert.Equal(StatusCode.InvalidArgument, grpcError.StatusCode);
        Assert.Equal("unit", grpcError.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        // Other tests add points of their own to 64; none of the refused ones is among them (all on one page).
        Assert.Empty(stored.NextPageToken);
        Assert.DoesNotContain(stored.Points, point => point.Id is "X1" or "X2" or "X3" or "X4");
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
