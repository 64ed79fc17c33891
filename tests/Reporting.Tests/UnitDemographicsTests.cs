using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.Reporting.V1;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Tests;

public sealed class UnitDemographicsTests
{
    [Fact]
    public async Task An_update_with_the_current_version_is_applied_and_bumps_the_version()
    {
        using var host = new ReportingHost();
        var client = host.UnitsClient();
        var unit = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "23557" });

        var updated = await client.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "23557", Population = 12_345, AreaKm2 = 3.5, Version = unit.Version,
        });
        var read = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "23557" });

        Assert.Equal(unit.Version + 1, updated.Version);
        Assert.Equal(12_345, read.Population);
        Assert.Equal(3.5, read.AreaKm2);
        Assert.Equal(updated.Version, read.Version);
    }

    [Fact]
    public async Task Two_updates_from_the_same_version_one_wins_the_other_is_aborted()
    {
        using var host = new ReportingHost();
        var client = host.UnitsClient();
        var unit = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "23560" });

        await client.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "23560", Population = 1_000, Version = unit.Version,
        });
        var conflict = await Assert.ThrowsAsync<RpcException>(() => client.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "23560", Population = 2_000, Version = unit.Version,
        }).ResponseAsync);
        var read = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "23560" });

        Assert.Equal(StatusCode.Aborted, conflict.StatusCode);
        Assert.Equal(1_000, read.Population);
    }

    [Fact]
    public async Task Invalid_values_are_refused_naming_each_field_and_nothing_changes()
    {
        using var host = new ReportingHost();
        var client = host.UnitsClient();
        var unit = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "622" });

        var error = await Assert.ThrowsAsync<RpcException>(() => client.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "622", Population = -5, AreaKm2 = 0,
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToHashSet();
        Assert.Equal(new HashSet<string> { "population", "areaKm2", "version" }, fields);
        var read = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "622" });
        Assert.Equal(unit, read);
    }

    [Fact]
    public async Task Unknown_unit_is_not_found()
    {
        using var host = new ReportingHost();
        var error = await Assert.ThrowsAsync<RpcException>(() => host.UnitsClient().UpdateUnitDemographicsAsync(
            new UpdateUnitDemographicsRequest { Province = "64", Code = "99999", Population = 1, Version = 1 }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Rest_body_with_a_wrong_type_is_a_400_problem_naming_the_field_and_changes_nothing()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClient();

        using var response = await http.PatchAsync(
            "/api/v1/provinces/64/units/622",
            JsonContent.Create(new { population = "many", version = 1, areaKm = 3 }));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var unit = await host.UnitsClient().GetUnitAsync(new GetUnitRequest { Province = "64", Code = "622" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]!["population"]);
        Assert.NotNull(problem["errors"]!["areaKm"]);
        Assert.False(unit.HasPopulation);
    }

    [Fact]
    public async Task Rest_validation_failure_lists_field_violations_as_problem_errors()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClient();

        using var response = await http.PatchAsync("/api/v1/provinces/64/units/622", JsonContent.Create(new { population = -1 }));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Contains("must not be negative", problem["errors"]!["population"]![0]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["version"]);
    }

    [Fact]
    public async Task Stale_version_over_rest_is_409_conflict()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClient();

        using var first = await http.PatchAsync("/api/v1/provinces/64/units/623", JsonContent.Create(new { population = 10, version = 1 }));
        using var second = await http.PatchAsync("/api/v1/provinces/64/units/623", JsonContent.Create(new { population = 20, version = 1 }));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }
}
