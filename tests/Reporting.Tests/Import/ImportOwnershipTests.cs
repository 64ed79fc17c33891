extern alias service;

using System.Net;
using System.Text.Json.Nodes;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Tests.Import;

/// <summary>
/// Which service takes which file of a dataset only the services say (DatasetPart.ListOwnedFiles; Reporting answers
/// for its own files): a file nobody claims is refused, a file only a division that is down could claim stops the
/// import with a 503 naming that division, licences.csv rows go to whoever lists their type, and each answer is kept
/// for a while. The divisions not set up here are answered by the Reporting host itself, which has no DatasetPart
/// (Unimplemented: they take no file).
/// </summary>
public sealed class ImportOwnershipTests
{
    private const string Statistics = "indicator,unit,period,value\nTEL.SUBS.FIXED,64,2018,35949\n";
    private const string PostalPoints = "id,name,kind,unit,status,opened_on\nP1,Điểm BĐVHX Ia Kha,bdvhx,23557,active,2018-06-01\n";
    private const string Agencies = "code,name,unit\nSTTTT,Sở Thông tin và Truyền thông,64\n";
    private const string Datasets = "/api/v1/provinces/64/datasets";

    [Fact]
    public async Task A_file_no_division_claims_is_refused_naming_it_and_nothing_is_written()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        await using var press = await ScriptedDivision.StartAsync("press_organisations.csv");
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("press", press.CreateHandler);
        using var http = host.CreateClientAs(TestCaller.Admin);
        using (await http.GetAsync("/api/v1/provinces/64/statistics")) { }
        var before = SqliteDump.Of(host.DatabaseFile);
        // online_services.csv is IT's in the dataset format, but the IT division here says it takes nothing.
        var dataset = ProvinceDataset.Empty
            .With("statistics.csv", Statistics)
            .With("postal_points.csv", PostalPoints)
            .With("online_services.csv", "code,name,unit,level\nS1,Cấp giấy phép,64,3\n")
            .With("radio_towers.csv", "code\nR1\n");

        using var refused = await http.PostAsync(Datasets, dataset.ToZipContent());
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("The dataset has errors; nothing was imported.", problem["title"]!.GetValue<string>());
        var errors = problem["errors"]!.AsArray().Select(e => (e!["file"]!.GetValue<string>(), e["line"]!.GetValue<int>(), e["message"]!.GetValue<string>())).ToList();
        const string Unknown = "is not a dataset file (known: documents.csv, postal_points.csv, press_organisations.csv, statistics.csv, targets.csv, tasks.csv, units.csv)";
        Assert.Equal([("online_services.csv", 0, Unknown), ("radio_towers.csv", 0, Unknown)], errors);
        Assert.Equal(before, SqliteDump.Of(host.DatabaseFile));
        Assert.Empty(telecom.Written);
        Assert.Empty(press.Written);
    }

    [Fact]
    public async Task A_file_only_a_division_that_is_down_could_claim_is_a_503_naming_that_division_and_nothing_is_written()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("it", UnreachableDivision.CreateHandler);
        using var http = host.CreateClientAs(TestCaller.Admin);
        using (await http.GetAsync("/api/v1/provinces/64/statistics")) { }
        var before = SqliteDump.Of(host.DatabaseFile);
        var dataset = ProvinceDataset.Empty.With("statistics.csv", Statistics).With("postal_points.csv", PostalPoints).With("agencies.csv", Agencies);

        using var refused = await http.PostAsync(Datasets, dataset.ToZipContent());
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("A service could not be reached; nothing was imported.", problem["title"]!.GetValue<string>());
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("agencies.csv", error["file"]!.GetValue<string>());
        Assert.Equal(
            "is not known to the services that answered (known: documents.csv, postal_points.csv, statistics.csv, targets.csv, tasks.csv, units.csv); "
            + "the IT service could not be reached to say whether it takes this file; import again when it is up",
            error["message"]!.GetValue<string>());
        Assert.Equal(before, SqliteDump.Of(host.DatabaseFile));
        Assert.Empty(telecom.Written);
    }

    [Fact]
    public async Task A_division_that_is_down_does_not_stop_a_dataset_whose_files_the_others_take()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("it", UnreachableDivision.CreateHandler);
        using var http = host.CreateClientAs(TestCaller.Admin);

        using var imported = await http.PostAsync(Datasets, ProvinceDataset.Empty.With("statistics.csv", Statistics).With("postal_points.csv", PostalPoints).ToZipContent());

        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        Assert.Equal(["postal_points.csv"], telecom.Written);
    }

    [Fact]
    public async Task A_division_that_answers_again_after_an_outage_takes_its_files_at_once()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        telecom.FailList = () => throw new RpcException(new Status(StatusCode.Unavailable, "telecom is restarting"));
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        using var http = host.CreateClientAs(TestCaller.Admin);
        var dataset = ProvinceDataset.Empty.With("postal_points.csv", PostalPoints);

        using var down = await http.PostAsync(Datasets, dataset.ToZipContent());
        var problem = JsonNode.Parse(await down.Content.ReadAsStringAsync())!;
        telecom.FailList = null;
        using var up = await http.PostAsync(Datasets, dataset.ToZipContent());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("the Posts & Telecom service could not be reached to say whether it takes this file", Assert.Single(problem["errors"]!.AsArray())!["message"]!.GetValue<string>());
        Assert.True(up.StatusCode == HttpStatusCode.OK, await up.Content.ReadAsStringAsync());
        Assert.Equal(["postal_points.csv"], telecom.Written);
    }

    [Fact]
    public async Task A_division_that_cannot_be_reached_for_its_dry_run_is_a_503_and_nothing_is_written()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        await using var press = await ScriptedDivision.StartAsync("press_organisations.csv");
        telecom.FailCheck = _ => throw new RpcException(new Status(StatusCode.Unavailable, "telecom is restarting"));
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("press", press.CreateHandler);
        using var http = host.CreateClientAs(TestCaller.Admin);
        using (await http.GetAsync("/api/v1/provinces/64/statistics")) { }
        var before = SqliteDump.Of(host.DatabaseFile);
        var dataset = ProvinceDataset.Empty.With("statistics.csv", Statistics).With("postal_points.csv", PostalPoints).With("press_organisations.csv", "code,name\nB1,Báo Gia Lai\n");

        using var refused = await http.PostAsync(Datasets, dataset.ToZipContent());
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("A service could not be reached; nothing was imported.", problem["title"]!.GetValue<string>());
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("postal_points.csv", error["file"]!.GetValue<string>());
        Assert.Equal("the Posts & Telecom service could not be reached to check it (Unavailable); nothing was imported: import again when it is up", error["message"]!.GetValue<string>());
        Assert.Equal(before, SqliteDump.Of(host.DatabaseFile));
        Assert.Empty(telecom.Written);
        Assert.Empty(press.Written);
    }

    [Fact]
    public async Task Licence_rows_go_to_the_divisions_listing_their_types_and_inspection_reads_them_last()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv", "licences.csv");
        telecom.LicenceTypes.AddRange(["internet_agent", "game_point"]);
        await using var press = await ScriptedDivision.StartAsync("press_organisations.csv", "licences.csv");
        press.LicenceTypes.Add("general_website");
        await using var inspection = await ScriptedDivision.StartAsync("sanctions.csv");
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("press", press.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("inspection", inspection.CreateHandler);
        using var http = host.CreateClientAs(TestCaller.Admin);
        const string Header = "number,type,holder,unit,issued_on,expires_on,status\n";
        var telecomLicences = ProvinceDataset.Empty
            .With("sanctions.csv", "decision,licence\nQD1,01/GCN\n")
            .With("licences.csv", Header + "01/GCN,internet_agent,Đại lý Phố Núi,622,2018-03-15,,issued\n02/GCN,Game point,Điểm Ia Kha,622,2018-03-16,,issued\n");
        var unknownType = ProvinceDataset.Empty
            .With("licences.csv", Header + "01/GCN,internet_agent,Đại lý Phố Núi,622,2018-03-15,,issued\n10/GP,magazine,Tạp chí Văn nghệ,622,2018-04-01,,issued\n");

        using var imported = await http.PostAsync(Datasets, telecomLicences.ToZipContent());
        var importedBody = await imported.Content.ReadAsStringAsync();
        using var refused = await http.PostAsync(Datasets, unknownType.ToZipContent());
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.True(imported.StatusCode == HttpStatusCode.OK, importedBody);
        Assert.Equal(["licences.csv"], telecom.Written);
        Assert.Empty(press.Checked);
        Assert.Empty(press.Written);
        Assert.Equal(["sanctions.csv", "licences.csv"], inspection.Written);
        Assert.True(inspection.WrittenAt > telecom.WrittenAt, "Inspection wrote before the licences' owner");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal(("licences.csv", 3, "type"), (error["file"]!.GetValue<string>(), error["line"]!.GetValue<int>(), error["column"]!.GetValue<string>()));
        Assert.Equal("'magazine' is not one of: internet_agent, game_point, general_website", error["message"]!.GetValue<string>());
        Assert.Equal(["licences.csv"], telecom.Written);
    }

    [Fact]
    public async Task Each_division_is_asked_what_it_takes_once_while_its_answer_is_kept()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        await using var press = await ScriptedDivision.StartAsync("press_organisations.csv");
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("press", press.CreateHandler);
        using var http = host.CreateClientAs(TestCaller.Admin);
        for (var i = 0; i < 3; i++)
        {
            await http.ImportAsync(("postal_points.csv", PostalPoints), ("press_organisations.csv", "code,name\nB1,Báo Gia Lai\n"));
        }

        Assert.Equal((1, 1), (telecom.ListCalls, press.ListCalls));
        Assert.Equal(3, telecom.Written.Count);
        Assert.Equal(3, press.Written.Count);
    }
}
