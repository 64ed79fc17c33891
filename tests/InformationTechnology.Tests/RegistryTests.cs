using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;
using static GiaLaiIct.InformationTechnology.Tests.ItHost;

namespace GiaLaiIct.InformationTechnology.Tests;

/// <summary>Agencies, one-stop deployments and dossier counts, incidents and websites: validation, versions, scope.</summary>
public sealed class RegistryTests
{
    private static readonly TestCaller Pleiku = TestCaller.OfDistrict("622", GiaLai);

    private static string[] Fields(RpcException error) => [.. error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct()];

    [Fact]
    public async Task An_agency_is_found_by_words_without_diacritics_and_updated_with_the_version_read()
    {
        using var host = new ItHost();
        var client = host.AgenciesClient();
        var created = await client.CreateAgencyAsync(new CreateAgencyRequest { Province = GiaLai, Code = "STP", Name = "Sở Tư pháp", Kind = "department", Unit = GiaLai, Procedures = 120 });
        var again = await client.CreateAgencyAsync(new CreateAgencyRequest { Province = GiaLai, Code = "STP", Name = "Sở Tư pháp", Kind = "department", Unit = GiaLai, Procedures = 120 });
        var conflict = await Assert.ThrowsAsync<RpcException>(() => client.CreateAgencyAsync(new CreateAgencyRequest { Province = GiaLai, Code = "STP", Name = "Sở Tư pháp", Kind = "board", Unit = GiaLai }).ResponseAsync);
        var updated = await client.UpdateAgencyAsync(new UpdateAgencyRequest { Province = GiaLai, Code = "STP", Name = "Sở Tư pháp", Kind = "department", Unit = GiaLai, Procedures = 131, Version = created.Version });
        var found = await client.ListAgenciesAsync(new ListAgenciesRequest { Province = GiaLai, Q = "so tu PHAP" });
        var invalid = await Assert.ThrowsAsync<RpcException>(() => client.CreateAgencyAsync(new CreateAgencyRequest { Province = GiaLai, Code = "X", Name = "", Kind = "ministry", Unit = "99999", Procedures = -1 }).ResponseAsync);
        var tally = await host.ComputeAsync("2018", [GiaLai], "IT.TTHC");

        Assert.Equal(created.Version, again.Version);
        Assert.Equal(StatusCode.AlreadyExists, conflict.StatusCode);
        Assert.Equal(131, updated.Procedures);
        Assert.Equal(["STP"], found.Agencies.Select(a => a.Code));
        Assert.Equal(["name", "kind", "unit", "procedures"], Fields(invalid));
        Assert.Equal(131, Value(tally, "IT.TTHC", GiaLai));
    }

    [Theory]
    [InlineData("23557", StatusCode.OK)]     // a ward of Pleiku
    [InlineData("622", StatusCode.OK)]       // Pleiku itself
    [InlineData("23617", StatusCode.PermissionDenied)] // a commune of An Khê
    [InlineData("64", StatusCode.PermissionDenied)]    // the province
    public async Task A_district_client_records_one_stop_deployments_of_its_own_district_only(string unit, StatusCode expected)
    {
        using var host = new ItHost();
        var client = host.OneStopClient(Pleiku);

        var request = new CreateDeploymentRequest { Province = GiaLai, Unit = unit, DeployedOn = "2018-01-01" };
        if (expected == StatusCode.OK)
        {
            Assert.Equal(unit, (await client.CreateDeploymentAsync(request)).Unit);
        }
        else
        {
            Assert.Equal(expected, (await Assert.ThrowsAsync<RpcException>(() => client.CreateDeploymentAsync(request).ResponseAsync)).StatusCode);
        }
        var stored = await host.OneStopClient().ListDeploymentsAsync(new ListDeploymentsRequest { Province = GiaLai });

        Assert.Equal(expected == StatusCode.OK ? 1 : 0, stored.Deployments.Count);
        // Dossier counts are the IT officers' to write.
        var dossier = await Assert.ThrowsAsync<RpcException>(() => client.RecordDossierCountAsync(new RecordDossierCountRequest { Province = GiaLai, Unit = "622", Period = "2018", Received = 1, Resolved = 1 }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, dossier.StatusCode);
    }

    public static TheoryData<string, Action<RecordDossierCountRequest>> BadDossiers() => new()
    {
        { "resolvedLate", r => { r.ResolvedOnTime = 90; r.ResolvedLate = 11; } },
        { "resolved", r => { r.Resolved = 101; r.ClearPending(); } },
        { "receivedDirect", r => { r.ReceivedOnline = 30; r.ReceivedDirect = 60; } },
        { "pending", r => r.Pending = 3 },
        { "apologies", r => { r.ResolvedLate = 2; r.Apologies = 5; } },
        { "apologies", r => r.Apologies = -1 },
        { "period", r => r.Period = "2018Q5" },
        { "unit", r => r.Unit = "99999" },
    };

    [Theory]
    [MemberData(nameof(BadDossiers))]
    public async Task Dossier_figures_whose_parts_do_not_add_up_are_refused_naming_the_field(string field, Action<RecordDossierCountRequest> spoil)
    {
        using var host = new ItHost();
        var request = new RecordDossierCountRequest { Province = GiaLai, Unit = "622", Period = "2018Q1", Received = 100, Resolved = 98, Pending = 2 };
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.OneStopClient().RecordDossierCountAsync(request).ResponseAsync);
        var stored = await host.OneStopClient().ListDossierCountsAsync(new ListDossierCountsRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], Fields(error));
        Assert.Empty(stored.Counts);
    }

    [Fact]
    public async Task Dossier_periods_of_a_unit_do_not_overlap_and_a_change_needs_the_version_read()
    {
        using var host = new ItHost();
        var client = host.OneStopClient();
        var first = await client.RecordDossierCountAsync(new RecordDossierCountRequest { Province = GiaLai, Unit = "622", Period = "2019M01", Received = 10, Resolved = 9, Pending = 1 });
        var repeated = await client.RecordDossierCountAsync(new RecordDossierCountRequest { Province = GiaLai, Unit = "622", Period = "2019M01", Received = 10, Resolved = 9, Pending = 1 });
        var overlap = await Assert.ThrowsAsync<RpcException>(() => client.RecordDossierCountAsync(new RecordDossierCountRequest { Province = GiaLai, Unit = "622", Period = "2019Q1", Received = 30, Resolved = 30 }).ResponseAsync);
        var blind = await Assert.ThrowsAsync<RpcException>(() => client.RecordDossierCountAsync(new RecordDossierCountRequest { Province = GiaLai, Unit = "622", Period = "2019M01", Received = 12, Resolved = 12 }).ResponseAsync);
        var changed = await client.RecordDossierCountAsync(new RecordDossierCountRequest { Province = GiaLai, Unit = "622", Period = "2019M01", Received = 12, Resolved = 12, Version = first.Version });
        await client.RecordDossierCountAsync(new RecordDossierCountRequest { Province = GiaLai, Unit = "23557", Period = "2019M02", Received = 5, Resolved = 4, ResolvedOnTime = 3, ResolvedLate = 1, Apologies = 1 });
        var quarter = await host.ComputeAsync("2019Q1", [GiaLai, "622"], "IT.DOSSIER.RECEIVED", "IT.DOSSIER.LATE", "IT.DOSSIER.APOLOGIES");
        var january = await host.ComputeAsync("2019M01", ["622"], "IT.DOSSIER.RECEIVED");

        Assert.Equal(first.Version, repeated.Version);
        Assert.Equal(["period"], Fields(overlap));
        Assert.Equal(StatusCode.Aborted, blind.StatusCode);
        Assert.Equal(12, changed.Received);
        Assert.Equal(17, Value(quarter, "IT.DOSSIER.RECEIVED", GiaLai));
        Assert.Equal(17, Value(quarter, "IT.DOSSIER.RECEIVED", "622"));
        Assert.Equal((1, 1), (Value(quarter, "IT.DOSSIER.LATE", GiaLai), Value(quarter, "IT.DOSSIER.APOLOGIES", GiaLai)));
        Assert.Equal(12, Value(january, "IT.DOSSIER.RECEIVED", "622"));
    }

    [Fact]
    public async Task An_incident_is_counted_in_the_period_it_was_handled_and_bad_times_are_refused()
    {
        using var host = new ItHost();
        var client = host.IncidentsClient();
        var open = await client.CreateIncidentAsync(new CreateIncidentRequest { Province = GiaLai, Id = "SC-1", Type = "defacement", DetectedAt = "2018-12-30T23:00", Unit = "622", Description = "Trang bị thay giao diện" });
        var beforeHandling = await host.ComputeAsync("2018", [GiaLai], "IT.INCIDENTS");
        var handled = await client.UpdateIncidentAsync(new UpdateIncidentRequest
        {
            Province = GiaLai, Id = "SC-1", Type = "defacement", DetectedAt = open.DetectedAt, HandledAt = "2018-12-31T17:30:00Z", Unit = "622", Description = open.Description, Version = open.Version,
        });
        var year2018 = await host.ComputeAsync("2018", [GiaLai, "622"], "IT.INCIDENTS");
        var year2019 = await host.ComputeAsync("2019", [GiaLai], "IT.INCIDENTS");
        var invalid = await Assert.ThrowsAsync<RpcException>(() => client.CreateIncidentAsync(new CreateIncidentRequest { Province = GiaLai, Id = "SC-2", Type = "worm", DetectedAt = "2018-12-30", HandledAt = "2018-12-29" }).ResponseAsync);
        var badTime = await Assert.ThrowsAsync<RpcException>(() => client.CreateIncidentAsync(new CreateIncidentRequest { Province = GiaLai, Id = "SC-3", Type = "ddos", DetectedAt = "30/12/2018" }).ResponseAsync);
        var openList = await client.ListIncidentsAsync(new ListIncidentsRequest { Province = GiaLai, OpenOnly = true });

        Assert.Equal(0, Value(beforeHandling, "IT.INCIDENTS", GiaLai));
        // 17:30 UTC on the 31st is 00:30 on 1 January 2019 in Vietnam.
        Assert.Equal("2019-01-01T00:30:00", handled.HandledAt);
        Assert.Equal(0, Value(year2018, "IT.INCIDENTS", GiaLai));
        Assert.Equal(1, Value(year2019, "IT.INCIDENTS", GiaLai, "defacement"));
        Assert.Equal(["type", "handledAt"], Fields(invalid));
        Assert.Equal(["detectedAt"], Fields(badTime));
        Assert.Empty(openList.Incidents);
    }

    [Fact]
    public async Task A_website_keeps_its_domain_lower_case_and_counts_until_it_closes()
    {
        using var host = new ItHost();
        var client = host.WebsitesClient();
        var site = await client.CreateWebsiteAsync(new CreateWebsiteRequest { Province = GiaLai, Domain = "SoTTTT.GiaLai.gov.vn", OwnerKind = "state", OwnerName = "Sở Thông tin và Truyền thông", RegisteredOn = "2015-04-01" });
        await client.UpdateWebsiteAsync(new UpdateWebsiteRequest { Province = GiaLai, Domain = "sotttt.gialai.gov.vn", OwnerKind = "state", OwnerName = site.OwnerName, RegisteredOn = "2015-04-01", ClosedOn = "2019-01-01", Version = site.Version });
        var invalid = await Assert.ThrowsAsync<RpcException>(() => client.CreateWebsiteAsync(new CreateWebsiteRequest { Province = GiaLai, Domain = "http://x", OwnerKind = "ngo", OwnerName = "A", RegisteredOn = "2018-01-01", ClosedOn = "2017-01-01" }).ResponseAsync);
        var found = await client.ListWebsitesAsync(new ListWebsitesRequest { Province = GiaLai, Q = "so thong tin", GovernmentOnly = true });
        var in2018 = await host.ComputeAsync("2018", [GiaLai], "IT.WEBSITES");
        var in2019 = await host.ComputeAsync("2019", [GiaLai], "IT.WEBSITES");

        Assert.Equal("sotttt.gialai.gov.vn", site.Domain);
        Assert.True(site.GovernmentDomain);
        Assert.Equal(["domain", "ownerKind", "closedOn"], Fields(invalid));
        Assert.Equal(["sotttt.gialai.gov.vn"], found.Websites.Select(w => w.Domain));
        Assert.Equal(1, Value(in2018, "IT.WEBSITES", GiaLai, "state"));
        Assert.Equal(0, Value(in2019, "IT.WEBSITES", GiaLai));
    }
}
