using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceDefaults.Audit.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>
/// Every caller against every route and method, through the real gateway, over REST and gRPC: the
/// expected answer of each cell comes from the rules of API.md ("Authentication"), written out below. The system is
/// shared with the other tests of the collection: every record a cell creates carries the cell's id, and the counts
/// below look only at those.
/// </summary>
[Collection(RunningSystemFixture.Collection)]
public sealed partial class AccessMatrixTests(RunningSystemFixture fixture, ITestOutputHelper output)
{
    private enum Outcome { Allowed, Forbidden, Unauthenticated }

    private enum Access { Read, Write, DistrictWrite, Audit }

    /// <summary>A caller: a Development client (null for no token) and where its token limits it.</summary>
    private sealed record Caller(string? ClientId, string? Province = null, string? District = null)
    {
        public override string ToString() => ClientId ?? "(no token)";
    }

    /// <summary>One route/method: who owns it, what it does, where, and how to call it both ways.</summary>
    private sealed record Operation(
        string Name, Access Access, string OwnerRole, string? Province, string? District,
        Func<Cell, Task> Grpc, Func<Cell, Task<HttpResponseMessage>> Rest);

    /// <summary>What a cell's call needs: its channel or client, an id no other cell uses, and an admin channel for set-up reads.</summary>
    private sealed record Cell(GrpcChannel Channel, HttpClient Http, string Id, GrpcChannel Admin);

    private static readonly Caller[] Callers =
    [
        new(null),
        new("admin"), new("viewer"),
        new("it-officer"), new("telecom-officer"), new("press-officer"), new("inspector"), new("planning-officer"),
        // Pleiku, a district of Gia Lai (64); Hà Tĩnh city, a district of Hà Tĩnh (42).
        new("district-622", "64", "622"), new("district-436", "42", "436"),
    ];

    private static readonly Operation[] Operations =
    [
        new("reporting: list units", Access.Read, "planning-officer", "64", null,
            cell => new AdministrativeUnits.AdministrativeUnitsClient(cell.Channel).ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "622" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/units?parent=622")),
        new("reporting: get a unit of Hà Tĩnh", Access.Read, "planning-officer", "42", null,
            cell => new AdministrativeUnits.AdministrativeUnitsClient(cell.Channel).GetUnitAsync(new GetUnitRequest { Province = "42", Code = "436" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/42/units/436")),
        new("reporting: update demographics", Access.Write, "planning-officer", "64", "622",
            async cell =>
            {
                var version = await CurrentVersionAsync(cell.Admin);
                await new AdministrativeUnits.AdministrativeUnitsClient(cell.Channel).UpdateUnitDemographicsAsync(
                    new UpdateUnitDemographicsRequest { Province = "64", Code = "23557", Population = 10_000, Version = version });
            },
            async cell =>
            {
                var version = await CurrentVersionAsync(cell.Admin);
                return await cell.Http.PatchAsJsonAsync("/api/v1/provinces/64/units/23557", new { population = 10_000, version });
            }),
        new("reporting: list statistics", Access.Read, "planning-officer", "64", null,
            cell => new Statistics.StatisticsClient(cell.Channel).ListStatisticsAsync(new ListStatisticsRequest { Province = "64", Unit = "23557" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/statistics?unit=23557")),
        new("reporting: create a figure in Pleiku", Access.DistrictWrite, "planning-officer", "64", "622",
            cell => new Statistics.StatisticsClient(cell.Channel).SetStatisticAsync(Figure(cell.Id, "23557")).ResponseAsync,
            cell => cell.Http.PutAsJsonAsync("/api/v1/provinces/64/statistics/TEL.SUBS.FIXED/23557/2018", new { category = cell.Id, value = "12" })),
        new("reporting: create a figure in An Khê", Access.DistrictWrite, "planning-officer", "64", "623",
            cell => new Statistics.StatisticsClient(cell.Channel).SetStatisticAsync(Figure(cell.Id, "23614")).ResponseAsync,
            cell => cell.Http.PutAsJsonAsync("/api/v1/provinces/64/statistics/TEL.SUBS.FIXED/23614/2018", new { category = cell.Id, value = "12" })),
        new("reporting: create a target", Access.Write, "planning-officer", "64", null,
            cell => new Targets.TargetsClient(cell.Channel).SetTargetAsync(new SetTargetRequest { Province = "64", Indicator = "TEL.REVENUE", Unit = "64", Year = 2030, Category = cell.Id, Value = "2000" }).ResponseAsync,
            cell => cell.Http.PutAsJsonAsync("/api/v1/provinces/64/targets/TEL.REVENUE/64/2030", new { category = cell.Id, value = "2000" })),
        new("reporting: audit trail", Access.Audit, "planning-officer", null, null,
            cell => new Reporting.V1.AuditTrail.AuditTrailClient(cell.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 1 }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/audit/reporting?pageSize=1")),

        new("it: list online services", Access.Read, "it-officer", "64", null,
            cell => new OnlinePublicServices.OnlinePublicServicesClient(cell.Channel).ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/online-services")),
        new("it: create an online service", Access.Write, "it-officer", "64", null,
            cell => new OnlinePublicServices.OnlinePublicServicesClient(cell.Channel).CreateOnlineServiceAsync(OnlineService(cell.Id)).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/online-services", OnlineService(cell.Id))),
        new("it: list websites", Access.Read, "it-officer", "64", null,
            cell => new Websites.WebsitesClient(cell.Channel).ListWebsitesAsync(new ListWebsitesRequest { Province = "64", Q = "so thong tin" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/websites?q=so%20thong%20tin")),
        new("it: one-stop deployment in Pleiku", Access.DistrictWrite, "it-officer", "64", "622",
            cell => new OneStop.OneStopClient(cell.Channel).CreateDeploymentAsync(new CreateDeploymentRequest { Province = "64", Unit = "23557", DeployedOn = "2018-03-01" }).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/onestop-deployments", new { unit = "23557", deployedOn = "2018-03-01" })),
        new("it: one-stop deployment in An Khê", Access.DistrictWrite, "it-officer", "64", "623",
            cell => new OneStop.OneStopClient(cell.Channel).CreateDeploymentAsync(new CreateDeploymentRequest { Province = "64", Unit = "23614", DeployedOn = "2018-03-01" }).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/onestop-deployments", new { unit = "23614", deployedOn = "2018-03-01" })),
        new("it: record a dossier count", Access.Write, "it-officer", "64", null,
            cell => new OneStop.OneStopClient(cell.Channel).RecordDossierCountAsync(new RecordDossierCountRequest { Province = "64", Unit = "64", Period = "2019Q1", Received = 10, Resolved = 9 }).ResponseAsync,
            cell => cell.Http.PutAsJsonAsync("/api/v1/provinces/64/dossier-counts/64/2019Q1", new { received = 10, resolved = 9 })),
        new("it: audit trail", Access.Audit, "it-officer", null, null,
            cell => new InformationTechnology.V1.AuditTrail.AuditTrailClient(cell.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest()).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/audit/it")),

        new("telecom: list postal points", Access.Read, "telecom-officer", "64", null,
            cell => new PostalServicePoints.PostalServicePointsClient(cell.Channel).ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/postal-points")),
        new("telecom: create a point in Pleiku", Access.DistrictWrite, "telecom-officer", "64", "622",
            cell => new PostalServicePoints.PostalServicePointsClient(cell.Channel).CreatePostalPointAsync(PostalPoint(cell.Id, "64", "23557")).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/postal-points", PostalPoint(cell.Id, "64", "23557"))),
        new("telecom: create a point in An Khê", Access.DistrictWrite, "telecom-officer", "64", "623",
            cell => new PostalServicePoints.PostalServicePointsClient(cell.Channel).CreatePostalPointAsync(PostalPoint(cell.Id, "64", "23614")).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/postal-points", PostalPoint(cell.Id, "64", "23614"))),
        new("telecom: create a point in Hà Tĩnh city", Access.DistrictWrite, "telecom-officer", "42", "436",
            cell => new PostalServicePoints.PostalServicePointsClient(cell.Channel).CreatePostalPointAsync(PostalPoint(cell.Id, "42", "18070")).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/42/postal-points", PostalPoint(cell.Id, "42", "18070"))),
        new("telecom: list BTS stations", Access.Read, "telecom-officer", "64", null,
            cell => new BtsStations.BtsStationsClient(cell.Channel).ListStationsAsync(new ListStationsRequest { Province = "64", Technology = "4G" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/bts-stations?technology=4G")),
        new("telecom: create a BTS station", Access.Write, "telecom-officer", "64", null,
            cell => new BtsStations.BtsStationsClient(cell.Channel).CreateStationAsync(Station(cell.Id)).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/bts-stations", Station(cell.Id))),
        new("telecom: list operators", Access.Read, "telecom-officer", null, null,
            cell => new TelecomOperators.TelecomOperatorsClient(cell.Channel).ListOperatorsAsync(new ListOperatorsRequest { Q = "vien thong" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/telecom-operators?q=vien%20thong")),
        new("telecom: audit trail", Access.Audit, "telecom-officer", null, null,
            cell => new PostsTelecom.V1.AuditTrail.AuditTrailClient(cell.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest()).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/audit/telecom")),

        new("press: list organisations", Access.Read, "press-officer", "64", null,
            cell => new PressOrganisations.PressOrganisationsClient(cell.Channel).ListPressOrganisationsAsync(new ListPressOrganisationsRequest { Province = "64" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/press-organisations")),
        new("press: create an organisation", Access.Write, "press-officer", "64", null,
            cell => new PressOrganisations.PressOrganisationsClient(cell.Channel).CreatePressOrganisationAsync(PressOrganisation(cell.Id)).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/press-organisations", PressOrganisation(cell.Id))),
        new("press: list permits", Access.Read, "press-officer", "64", null,
            cell => new PressPermits.PressPermitsClient(cell.Channel).ListPermitsAsync(new ListPermitsRequest { Province = "64", Type = "newsletter" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/press-permits?type=newsletter")),
        new("press: create a permit", Access.Write, "press-officer", "64", null,
            cell => new PressPermits.PressPermitsClient(cell.Channel).CreatePermitAsync(PressPermit(cell.Id)).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/press-permits", PressPermit(cell.Id))),
        new("press: set commune radio in Pleiku", Access.DistrictWrite, "press-officer", "64", "622",
            cell => new CommuneRadios.CommuneRadiosClient(cell.Channel).SetCommuneRadioAsync(CommuneRadio("23557")).ResponseAsync,
            cell => cell.Http.PutAsJsonAsync("/api/v1/provinces/64/commune-radio/23557", CommuneRadio("23557"))),
        new("press: set commune radio in An Khê", Access.DistrictWrite, "press-officer", "64", "623",
            cell => new CommuneRadios.CommuneRadiosClient(cell.Channel).SetCommuneRadioAsync(CommuneRadio("23614")).ResponseAsync,
            cell => cell.Http.PutAsJsonAsync("/api/v1/provinces/64/commune-radio/23614", CommuneRadio("23614"))),
        new("press: audit trail", Access.Audit, "press-officer", null, null,
            cell => new PressPublishing.V1.AuditTrail.AuditTrailClient(cell.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest()).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/audit/press")),

        new("inspection: list inspections", Access.Read, "inspector", "64", null,
            cell => new Inspections.InspectionsClient(cell.Channel).ListInspectionsAsync(new ListInspectionsRequest { Province = "64" }).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/provinces/64/inspections")),
        new("inspection: create an inspection", Access.Write, "inspector", "64", "622",
            cell => new Inspections.InspectionsClient(cell.Channel).CreateInspectionAsync(Inspection(cell.Id)).ResponseAsync,
            cell => cell.Http.PostAsJsonAsync("/api/v1/provinces/64/inspections", Inspection(cell.Id))),
        new("inspection: audit trail", Access.Audit, "inspector", null, null,
            cell => new Inspection.V1.AuditTrail.AuditTrailClient(cell.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest()).ResponseAsync,
            cell => cell.Http.GetAsync("/api/v1/audit/inspection")),
    ];

    /// <summary>API.md, "Authentication", as a rule per cell.</summary>
    private static Outcome Expected(Caller caller, Operation operation)
    {
        if (caller.ClientId is null)
        {
            return Outcome.Unauthenticated;
        }
        if (caller.Province is not null && operation.Province is not null && caller.Province != operation.Province)
        {
            return Outcome.Forbidden;
        }
        var isAdmin = caller.ClientId == "admin";
        var allowed = operation.Access switch
        {
            Access.Read => true,
            Access.Audit => isAdmin,
            Access.Write => isAdmin || caller.ClientId == operation.OwnerRole,
            Access.DistrictWrite => isAdmin || caller.ClientId == operation.OwnerRole || (caller.District is not null && caller.District == operation.District),
            _ => false,
        };
        return allowed ? Outcome.Allowed : Outcome.Forbidden;
    }

    [Fact]
    public async Task Every_caller_gets_exactly_its_rights_on_every_route_over_rest_and_grpc()
    {
        var system = fixture.System;
        using var admin = await system.CreateGrpcChannelAsync("admin");

        var mismatches = new List<string>();
        var cells = 0;
        var allowedCreates = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var callerIndex = 0; callerIndex < Callers.Length; callerIndex++)
        {
            var caller = Callers[callerIndex];
            using var channel = caller.ClientId is null ? GrpcChannel.ForAddress(system.GatewayGrpcUrl) : await system.CreateGrpcChannelAsync(caller.ClientId);
            using var http = caller.ClientId is null ? new HttpClient { BaseAddress = system.GatewayUrl } : await system.CreateHttpClientAsync(caller.ClientId);
            for (var operationIndex = 0; operationIndex < Operations.Length; operationIndex++)
            {
                var operation = Operations[operationIndex];
                var expected = Expected(caller, operation);
                var grpc = await OutcomeOfGrpcAsync(() => operation.Grpc(new Cell(channel, http, $"M{callerIndex}-{operationIndex}-G", admin)));
                var rest = await OutcomeOfRestAsync(() => operation.Rest(new Cell(channel, http, $"M{callerIndex}-{operationIndex}-R", admin)));
                cells += 2;
                foreach (var (transport, actual) in new[] { ("gRPC", grpc), ("REST", rest) })
                {
                    if (actual != expected.ToString())
                    {
                        mismatches.Add($"{caller} × {operation.Name} over {transport}: expected {expected}, got {actual}");
                    }
                    if (expected == Outcome.Allowed && operation.Access is Access.Write or Access.DistrictWrite && operation.Name.Contains("create", StringComparison.Ordinal))
                    {
                        var registry = operation.Name[..operation.Name.IndexOf(':', StringComparison.Ordinal)];
                        allowedCreates[registry] = allowedCreates.GetValueOrDefault(registry) + 1;
                    }
                }
            }
        }
        output.WriteLine($"Access matrix: {Callers.Length} callers × {Operations.Length} routes × 2 transports = {cells} cells, {mismatches.Count} mismatches.");

        Assert.Empty(mismatches);
        Assert.Equal(Callers.Length * Operations.Length * 2, cells);
        // Denied writes wrote nothing: each registry holds exactly the records of the allowed cells, among the
        // records other tests of the shared system put there.
        var statistics = await new Statistics.StatisticsClient(admin).ListStatisticsAsync(new ListStatisticsRequest { Province = "64", PageSize = 500 });
        var targets = await new Targets.TargetsClient(admin).ListTargetsAsync(new ListTargetsRequest { Province = "64", PageSize = 500 });
        var services = await new OnlinePublicServices.OnlinePublicServicesClient(admin).ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64", PageSize = 500 });
        var points64 = await new PostalServicePoints.PostalServicePointsClient(admin).ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64", PageSize = 500 });
        var points42 = await new PostalServicePoints.PostalServicePointsClient(admin).ListPostalPointsAsync(new ListPostalPointsRequest { Province = "42", PageSize = 500 });
        var stations = await new BtsStations.BtsStationsClient(admin).ListStationsAsync(new ListStationsRequest { Province = "64", PageSize = 500 });
        var organisations = await new PressOrganisations.PressOrganisationsClient(admin).ListPressOrganisationsAsync(new ListPressOrganisationsRequest { Province = "64", PageSize = 500 });
        var permits = await new PressPermits.PressPermitsClient(admin).ListPermitsAsync(new ListPermitsRequest { Province = "64", PageSize = 500 });
        var inspections = await new Inspections.InspectionsClient(admin).ListInspectionsAsync(new ListInspectionsRequest { Province = "64", PageSize = 500 });
        Assert.All(
            new[] { statistics.NextPageToken, targets.NextPageToken, services.NextPageToken, points64.NextPageToken, points42.NextPageToken,
                stations.NextPageToken, organisations.NextPageToken, permits.NextPageToken, inspections.NextPageToken },
            next => Assert.Empty(next));
        var stored = new Dictionary<string, int>
        {
            ["reporting"] = statistics.Statistics.Count(s => IsCellId(s.Category)) + targets.Targets.Count(t => IsCellId(t.Category)),
            ["it"] = services.Services.Count(s => IsCellId(s.Code)),
            ["telecom"] = points64.Points.Count(p => IsCellId(p.Id)) + points42.Points.Count(p => IsCellId(p.Id)) + stations.Stations.Count(s => IsCellId(s.Id)),
            ["press"] = organisations.Organisations.Count(o => IsCellId(o.Name)) + permits.Permits.Count(p => IsCellId(p.Number)),
            ["inspection"] = inspections.Inspections.Count(i => IsCellId(i.Id)),
        };
        Assert.Equal(allowedCreates.OrderBy(pair => pair.Key), stored.OrderBy(pair => pair.Key));
    }

    [Fact]
    public async Task A_service_called_directly_checks_the_gateways_token_itself()
    {
        var system = fixture.System;
        var line = await system.WaitForOutputAsync(new Regex(@"telecom is healthy at (?<url>\S+)"), TimeSpan.FromSeconds(5));
        var telecomUrl = new Uri(Regex.Match(line, @"at (?<url>\S+)").Groups["url"].Value);
        var viewerToken = await system.RequestTokenAsync("viewer");
        var forged = TestTokens.Issue(TestCaller.Admin, signingKey: TestTokens.ForeignKey());

        PostalServicePoints.PostalServicePointsClient Direct(string? token) => new(GrpcChannel.ForAddress(telecomUrl, new GrpcChannelOptions
        {
            HttpHandler = token is null ? new SocketsHttpHandler() : new BearerTokenHandler(token, new SocketsHttpHandler()),
        }));

        var read = await Direct(viewerToken).ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });
        var write = await OutcomeOfGrpcAsync(() => Direct(viewerToken).CreatePostalPointAsync(PostalPoint("D-1", "64", "23557")).ResponseAsync);
        var withoutToken = await OutcomeOfGrpcAsync(() => Direct(null).ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" }).ResponseAsync);
        var withForged = await OutcomeOfGrpcAsync(() => Direct(forged).ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" }).ResponseAsync);
        var after = await Direct(viewerToken).ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64", PageSize = 500 });

        Assert.DoesNotContain(read.Points, point => point.Id == "D-1");
        Assert.Empty(after.NextPageToken);
        Assert.DoesNotContain(after.Points, point => point.Id == "D-1");
        Assert.Equal(nameof(Outcome.Forbidden), write);
        Assert.Equal(nameof(Outcome.Unauthenticated), withoutToken);
        Assert.Equal(nameof(Outcome.Unauthenticated), withForged);
    }

    private static async Task<string> OutcomeOfGrpcAsync(Func<Task> call)
    {
        try
        {
            await call();
            return nameof(Outcome.Allowed);
        }
        catch (RpcException exception)
        {
            return exception.StatusCode switch
            {
                StatusCode.PermissionDenied => nameof(Outcome.Forbidden),
                StatusCode.Unauthenticated => nameof(Outcome.Unauthenticated),
                _ => $"{exception.StatusCode} ({exception.Status.Detail})",
            };
        }
    }

    private static async Task<string> OutcomeOfRestAsync(Func<Task<HttpResponseMessage>> call)
    {
        using var response = await call();
        return response.StatusCode switch
        {
            _ when response.IsSuccessStatusCode => nameof(Outcome.Allowed),
            HttpStatusCode.Forbidden => nameof(Outcome.Forbidden),
            HttpStatusCode.Unauthorized => nameof(Outcome.Unauthenticated),
            _ => $"{(int)response.StatusCode} ({await response.Content.ReadAsStringAsync()})",
        };
    }

    /// <summary>Whether a record's key (id, code, category, name or number) is, or ends with, a cell's id.</summary>
    private static bool IsCellId(string key) => CellId().IsMatch(key);

    [GeneratedRegex(@"(^|\s)M\d+-\d+-[GR](/GP-STTTT)?$")]
    private static partial Regex CellId();

    /// <summary>A fixed-line subscriber figure of a commune, in a category of its own so that no two cells write the same figure.</summary>
    private static SetStatisticRequest Figure(string category, string commune) =>
        new() { Province = "64", Indicator = "TEL.SUBS.FIXED", Unit = commune, Period = "2018", Category = category, Value = "12" };

    private static async Task<long> CurrentVersionAsync(GrpcChannel admin) =>
        (await new AdministrativeUnits.AdministrativeUnitsClient(admin).GetUnitAsync(new GetUnitRequest { Province = "64", Code = "23557" })).Version;

    private static CreateOnlineServiceRequest OnlineService(string id) => new()
    {
        Province = "64", Code = id, Name = "Dịch vụ " + id, AgencyCode = "STTTT", AgencyName = "Sở Thông tin và Truyền thông", Level = 3, EffectiveFrom = "2018-01-01",
    };

    private static CreatePostalPointRequest PostalPoint(string id, string province, string commune) => new()
    {
        Province = province, Id = id, Name = "Điểm bưu điện " + id, Kind = "bdvhx", Unit = commune, Status = "active", OpenedOn = "2018-03-01",
    };

    private static CreateStationRequest Station(string id) => new()
    {
        Province = "64", Id = id, Kind = "bts", Operator = "VIETTEL", Unit = "23557", Technology = "4G", InServiceFrom = "2018-03-01",
    };

    private static CreatePressOrganisationRequest PressOrganisation(string id) => new() { Province = "64", Name = "Tạp chí " + id, Kind = "local_press_agency" };

    private static CreatePermitRequest PressPermit(string id) => new()
    {
        Province = "64", Number = id + "/GP-STTTT", Type = "newsletter", Holder = "Bản tin " + id, Unit = "622", IssuedOn = "2018-03-15",
    };

    private static SetCommuneRadioRequest CommuneRadio(string commune) => new()
    {
        Province = "64", Unit = commune, Kind = "wireless", Status = "active", InstalledOn = "2017-05-01",
    };

    private static CreateInspectionRequest Inspection(string id) => new()
    {
        Province = "64", Id = id, Kind = "scheduled", Field = "games", Lead = "anti_piracy_team", Unit = "622", StartedOn = "2018-05-02", EndedOn = "2018-05-04", Subjects = 1,
    };
}
