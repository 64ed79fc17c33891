using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;
using static GiaLaiIct.InformationTechnology.Tests.ItHost;

namespace GiaLaiIct.InformationTechnology.Tests;

public sealed class ItDatasetImportTests
{
    private const string Agencies = """
        code,name,kind,unit,procedures
        STTTT,Sở Thông tin và Truyền thông,department,64,46
        UBND-622,UBND thành phố Pleiku,district_committee,622,
        """;

    private const string Services = """
        code,name,agency_code,agency_name,level,effective_from,effective_to
        1.001,"Cấp phép xuất bản bản tin",STTTT,Sở Thông tin và Truyền thông,4,2017-01-01,
        2.001,Đăng ký khai sinh,UBND-622,UBND thành phố Pleiku,3,2018-02-01,
        3.001,Dịch vụ đã thôi,STTTT,Sở Thông tin và Truyền thông,2,2015-01-01,2018-01-01
        """;

    private const string Deployments = """
        unit,deployed_on,agency
        23557,2018-03-01,
        622,2017-01-01,
        64,2017-07-13,STTTT
        """;

    private const string Dossiers = """
        unit,period,received,resolved,received_online,received_direct,resolved_on_time,resolved_late,pending,apologies
        64,2019Q1,38751,38584,,,,,167,
        622,2019M01,100,90,20,80,85,5,10,3
        """;

    private const string Incidents = """
        id,type,detected_at,handled_at,unit,description
        SC-01,ddos,2018-10-02T08:15,2018-10-02T09:00,,Tấn công từ chối dịch vụ
        SC-02,exploit,2018-11-20,,622,
        """;

    private const string Websites = """
        domain,owner_kind,owner_name,registered_on
        sotttt.gialai.gov.vn,state,Sở Thông tin và Truyền thông,2015-04-01
        baogialai.com.vn,press,Báo Gia Lai,2010-01-01
        """;

    private static (string, string)[] AllFiles =>
    [
        ("online_services.csv", Services), ("onestop_deployments.csv", Deployments), ("dossier_counts.csv", Dossiers),
        ("incidents.csv", Incidents), ("websites.csv", Websites), ("agencies.csv", Agencies),
    ];

    [Fact]
    public async Task A_dry_run_counts_without_writing_then_the_import_writes_and_a_second_import_changes_nothing()
    {
        using var host = new ItHost();
        var import = host.ImportClient();

        var owned = await import.ListOwnedFilesAsync(new());
        var dryRun = await import.ImportFilesAsync(Dataset(true, AllFiles));
        var afterDryRun = await SnapshotAsync(host);
        var first = await import.ImportFilesAsync(Dataset(false, AllFiles));
        var afterFirst = await SnapshotAsync(host);
        var second = await import.ImportFilesAsync(Dataset(false, AllFiles));
        var afterSecond = await SnapshotAsync(host);

        Assert.Equal(["agencies.csv", "online_services.csv", "onestop_deployments.csv", "dossier_counts.csv", "egov_figures.csv", "incidents.csv", "websites.csv"], owned.Files);
        Assert.Empty(dryRun.Errors);
        Assert.Equal([("online_services.csv", 3), ("onestop_deployments.csv", 3), ("dossier_counts.csv", 2), ("incidents.csv", 2), ("websites.csv", 2), ("agencies.csv", 2)],
            dryRun.Counts.Select(c => (c.File, c.Inserted)));
        Assert.Equal(string.Empty, afterDryRun);
        Assert.Equal(dryRun.Counts, first.Counts);
        Assert.All(second.Counts, c => Assert.Equal((0, 0), (c.Inserted, c.Updated)));
        Assert.Equal(afterFirst, afterSecond);
        // The service of a registered agency counts in the agency's unit.
        Assert.Contains("2.001|3|622", afterFirst, StringComparison.Ordinal);
        Assert.Contains("1.001|4|64", afterFirst, StringComparison.Ordinal);
        Assert.Contains("SC-01|Ddos|64|2018-10-02T09:00:00", afterFirst, StringComparison.Ordinal);
        var values = await host.ComputeAsync("2018", [GiaLai], "IT.DVC.L12", "IT.DVC.L3", "IT.DVC.L4", "IT.ONESTOP.COMMUNES", "IT.INCIDENTS", "IT.WEBSITES");
        Assert.Equal((0, 1, 1), (Value(values, "IT.DVC.L12", GiaLai), Value(values, "IT.DVC.L3", GiaLai), Value(values, "IT.DVC.L4", GiaLai)));
        Assert.Equal((1, 1, 2), (Value(values, "IT.ONESTOP.COMMUNES", GiaLai), Value(values, "IT.INCIDENTS", GiaLai), Value(values, "IT.WEBSITES", GiaLai)));
    }

    [Fact]
    public async Task A_changed_level_in_a_later_import_enters_the_history_from_level_changed_on()
    {
        using var host = new ItHost();
        var import = host.ImportClient();
        await import.ImportFilesAsync(Dataset(false, ("agencies.csv", Agencies), ("online_services.csv", Services)));
        const string raised = """
            code,name,agency_code,agency_name,level,effective_from,level_changed_on
            2.001,Đăng ký khai sinh,UBND-622,UBND thành phố Pleiku,4,2018-02-01,2019-04-01
            """;
        const string tooEarly = """
            code,name,agency_code,agency_name,level,effective_from,level_changed_on
            2.001,Đăng ký khai sinh,UBND-622,UBND thành phố Pleiku,4,2018-02-01,2018-01-15
            """;

        var refused = await import.ImportFilesAsync(Dataset(false, ("online_services.csv", tooEarly)));
        var applied = await import.ImportFilesAsync(Dataset(false, ("online_services.csv", raised)));
        var history = await host.ServicesClient().GetOnlineServiceAsync(new GetOnlineServiceRequest { Province = GiaLai, Code = "2.001" });
        var q1 = await host.ComputeAsync("2019Q1", ["622"], "IT.DVC.L3", "IT.DVC.L4");
        var q2 = await host.ComputeAsync("2019Q2", ["622"], "IT.DVC.L3", "IT.DVC.L4");

        Assert.Equal(("online_services.csv", 2, "level_changed_on"), (refused.Errors.Single().File, refused.Errors.Single().Line, refused.Errors.Single().Column));
        Assert.Equal(1, applied.Counts.Single().Updated);
        Assert.Equal([(3, "2018-02-01"), (4, "2019-04-01")], history.History.Select(h => (h.Level, h.EffectiveOn)));
        Assert.Equal((1, 0), (Value(q1, "IT.DVC.L3", "622"), Value(q1, "IT.DVC.L4", "622")));
        Assert.Equal((0, 1), (Value(q2, "IT.DVC.L3", "622"), Value(q2, "IT.DVC.L4", "622")));
    }

    [Fact]
    public async Task One_bad_cell_in_the_last_file_writes_nothing_and_is_named_by_file_line_and_column()
    {
        using var host = new ItHost();
        var badWebsites = Websites.Replace("press,Báo Gia Lai", "newspaper,Báo Gia Lai", StringComparison.Ordinal);
        (string, string)[] files = [.. AllFiles.Where(f => f.Item1 != "websites.csv"), ("websites.csv", badWebsites)];

        var response = await host.ImportClient().ImportFilesAsync(Dataset(false, files));

        var error = Assert.Single(response.Errors);
        Assert.Equal(("websites.csv", 3, "owner_kind"), (error.File, error.Line, error.Column));
        Assert.Contains("'newspaper'", error.Message, StringComparison.Ordinal);
        Assert.Empty(response.Counts);
        Assert.Equal(string.Empty, await SnapshotAsync(host));
    }

    [Fact]
    public async Task Every_error_of_every_file_is_reported_at_once()
    {
        using var host = new ItHost();
        const string services = """
            code,name,agency_code,agency_name,level,effective_from,effective_to
            A,Dịch vụ,STTTT,Sở,5,2018-01-01,2017-01-01
            A,Dịch vụ,STTTT,Sở,3,2018-01-01,
            """;
        const string deployments = """
            unit,deployed_on,agency
            99999,2018-02-30,NOBODY
            """;
        const string dossiers = """
            unit,period,received,resolved,resolved_on_time,resolved_late
            622,2019,10,9,8,1
            622,2019Q1,1,1,,
            23557,2019,10,9,8,2
            """;
        const string incidents = """
            id,type,detected_at,handled_at
            X,ddos,2018-10-02,2018-10-01
            """;

        var response = await host.ImportClient().ImportFilesAsync(Dataset(false,
            ("online_services.csv", services), ("onestop_deployments.csv", deployments), ("dossier_counts.csv", dossiers), ("incidents.csv", incidents), ("tasks.csv", "plan\n")));

        Assert.Equal(
            [
                ("tasks.csv", 0, ""),
                ("online_services.csv", 2, "level"), ("online_services.csv", 2, "effective_to"), ("online_services.csv", 3, "code"),
                ("onestop_deployments.csv", 2, "unit"), ("onestop_deployments.csv", 2, "deployed_on"), ("onestop_deployments.csv", 2, "agency"),
                ("dossier_counts.csv", 3, "period"), ("dossier_counts.csv", 4, "resolved_late"),
                ("incidents.csv", 2, "handled_at"),
            ],
            response.Errors.Select(e => (e.File, e.Line, e.Column)));
        Assert.Equal(string.Empty, await SnapshotAsync(host));
    }

    [Fact]
    public async Task Only_it_officers_and_admins_import()
    {
        using var host = new ItHost();
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.ImportClient(TestCaller.Officer("telecom-officer")).ImportFilesAsync(Dataset(false, AllFiles)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    /// <summary>Every stored row of every registry, one line each.</summary>
    private static async Task<string> SnapshotAsync(ItHost host)
    {
        var lines = new List<string>();
        lines.AddRange((await host.AgenciesClient().ListAgenciesAsync(new ListAgenciesRequest { Province = GiaLai })).Agencies.Select(a => $"{a.Code}|{a.Kind}|{a.Unit}|{a.Procedures}"));
        lines.AddRange((await host.ServicesClient().ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai })).Services.Select(s => $"{s.Code}|{s.Level}|{s.Unit}|{s.EffectiveTo}"));
        lines.AddRange((await host.OneStopClient().ListDeploymentsAsync(new ListDeploymentsRequest { Province = GiaLai })).Deployments.Select(d => $"{d.Unit}|{d.Agency}|{d.DeployedOn}"));
        lines.AddRange((await host.OneStopClient().ListDossierCountsAsync(new ListDossierCountsRequest { Province = GiaLai })).Counts.Select(c => $"{c.Unit}|{c.Period}|{c.Received}|{c.Resolved}|{c.Pending}"));
        lines.AddRange((await host.IncidentsClient().ListIncidentsAsync(new ListIncidentsRequest { Province = GiaLai })).Incidents.Select(i => $"{i.Id}|{Capitalised(i.Type)}|{i.Unit}|{i.HandledAt}"));
        lines.AddRange((await host.WebsitesClient().ListWebsitesAsync(new ListWebsitesRequest { Province = GiaLai })).Websites.Select(w => $"{w.Domain}|{w.OwnerKind}|{w.Unit}"));
        return string.Join("\n", lines);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
