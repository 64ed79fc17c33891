using System.Net;
using System.Text.Json.Nodes;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceDefaults.Audit.V1;
using GiaLaiIct.Contracts.Security;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.TestSupport;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Tests;

public sealed class AuditTrailTests
{
    private static readonly TestCaller Planner = TestCaller.Officer(Roles.PlanningOfficer);

    private static async Task<List<AuditEntry>> ChangesOfAsync(ReportingHost host, string key)
    {
        var audit = new AuditTrail.AuditTrailClient(host.CreateGrpcChannel(TestCaller.Admin));
        var page = await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Entity = "AdministrativeUnit", Key = key });
        return [.. page.Entries.Where(entry => entry.ClientId != "system")];
    }

    [Fact]
    public async Task An_update_is_recorded_with_who_and_every_value_before_and_after()
    {
        using var host = new ReportingHost();
        var units = host.UnitsClient(Planner);
        var before = await units.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "23557" });

        await units.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "23557", Population = 12_345, AreaKm2 = 3.5, Version = before.Version,
        });
        var entry = Assert.Single(await ChangesOfAsync(host, "23557"));

        Assert.Equal("planning-officer", entry.ClientId);
        Assert.Equal("updated", entry.Action);
        Assert.Equal("64", entry.Province);
        Assert.InRange(DateTimeOffset.Parse(entry.OccurredAt, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        Assert.Equal(before.Version, (long)entry.Before.Fields["Version"].NumberValue);
        Assert.Equal(before.Version + 1, (long)entry.After.Fields["Version"].NumberValue);
        Assert.Equal(12_345, entry.After.Fields["Population"].NumberValue);
        Assert.Equal(3.5, entry.After.Fields["AreaKm2"].NumberValue);
        Assert.Equal(before.Name, entry.Before.Fields["Name"].StringValue);
        Assert.Equal(before.Name, entry.After.Fields["Name"].StringValue);
    }

    [Fact]
    public async Task Rejected_changes_leave_no_record()
    {
        using var host = new ReportingHost();
        var planner = host.UnitsClient(Planner);
        var unit = await planner.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "23560" });
        await planner.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest { Province = "64", Code = "23560", Population = 1_000, Version = unit.Version });

        // A stale version fails in the database after the audit record was added to the same save.
        var stale = await Assert.ThrowsAsync<RpcException>(() => planner.UpdateUnitDemographicsAsync(
            new UpdateUnitDemographicsRequest { Province = "64", Code = "23560", Population = 2_000, Version = unit.Version }).ResponseAsync);
        var forbidden = await Assert.ThrowsAsync<RpcException>(() => host.UnitsClient(TestCaller.Viewer).UpdateUnitDemographicsAsync(
            new UpdateUnitDemographicsRequest { Province = "64", Code = "23560", Population = 3_000, Version = unit.Version + 1 }).ResponseAsync);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => planner.UpdateUnitDemographicsAsync(
            new UpdateUnitDemographicsRequest { Province = "64", Code = "23560", Population = -1, Version = unit.Version + 1 }).ResponseAsync);
        var changes = await ChangesOfAsync(host, "23560");

        Assert.Equal([StatusCode.Aborted, StatusCode.PermissionDenied, StatusCode.InvalidArgument], [stale.StatusCode, forbidden.StatusCode, invalid.StatusCode]);
        var only = Assert.Single(changes);
        Assert.Equal(1_000, only.After.Fields["Population"].NumberValue);
    }

    [Fact]
    public async Task Reference_units_loaded_at_start_are_recorded_as_created_by_the_system()
    {
        using var host = new ReportingHost();
        var audit = new AuditTrail.AuditTrailClient(host.CreateGrpcChannel(TestCaller.Admin));

        var page = await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Entity = "AdministrativeUnit", Key = "622" });

        var entry = Assert.Single(page.Entries);
        Assert.Equal(("system", "created"), (entry.ClientId, entry.Action));
        Assert.Null(entry.Before);
        Assert.Equal("Thành phố Pleiku", entry.After.Fields["Name"].StringValue);
    }

    [Fact]
    public async Task Only_admins_read_the_trail_and_rest_shows_values_as_json_objects()
    {
        using var host = new ReportingHost();
        using var admin = host.CreateClientAs(TestCaller.Admin);
        using var planner = host.CreateClientAs(Planner);

        using var allowed = await admin.GetAsync("/api/v1/audit/reporting?entity=AdministrativeUnit&key=622");
        using var denied = await planner.GetAsync("/api/v1/audit/reporting");
        var body = JsonNode.Parse(await allowed.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("Thành phố Pleiku", body["entries"]![0]!["after"]!["Name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_trail_pages_newest_first_without_repeats()
    {
        using var host = new ReportingHost();
        var audit = new AuditTrail.AuditTrailClient(host.CreateGrpcChannel(TestCaller.Admin));

        var ids = new List<long>();
        var token = string.Empty;
        do
        {
            var page = await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { Province = "64", PageSize = 100, PageToken = token });
            ids.AddRange(page.Entries.Select(entry => entry.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        // Gia Lai: the province, 17 districts and 222 communes, each created once at start.
        Assert.Equal(1 + 17 + 222, ids.Count);
        Assert.Equal(ids.OrderByDescending(id => id), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
