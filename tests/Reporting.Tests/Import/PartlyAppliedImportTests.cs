extern alias service;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Tests.Import;

/// <summary>
/// Every dry run passes, then a division fails to write its part: Reporting's own files are already saved, so the
/// answer must say exactly which files were written and which were not, and importing again must complete it.
/// </summary>
public sealed class PartlyAppliedImportTests
{
    private const string Statistics = "indicator,unit,period,value\nTEL.SUBS.FIXED,64,2018,35949\n";

    private static readonly ProvinceDataset Dataset = ProvinceDataset.Empty
        .With("statistics.csv", Statistics)
        .With("postal_points.csv", "id,name,kind,unit,status,opened_on\nP1,Điểm BĐVHX Ia Kha,bdvhx,23557,active,2018-06-01\n")
        .With("press_organisations.csv", "code,name\nB1,Báo Gia Lai\n");

    private static ReportingHost HostWith(ScriptedDivision telecom, ScriptedDivision press)
    {
        var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>("press", press.CreateHandler);
        return host;
    }

    [Fact]
    public async Task A_division_unreachable_at_write_time_is_a_503_naming_what_was_written_and_a_repeat_completes_the_import()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        await using var press = await ScriptedDivision.StartAsync("press_organisations.csv");
        telecom.FailWrite = _ => throw new RpcException(new Status(StatusCode.Unavailable, "telecom is restarting"));
        using var host = HostWith(telecom, press);
        using var http = host.CreateClientAs(TestCaller.Admin);

        using var first = await http.PostAsync("/api/v1/provinces/64/datasets", Dataset.ToZipContent());
        var problem = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var stored = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/statistics?indicator=TEL.SUBS.FIXED");
        var pressWrittenBeforeRepeat = press.Written.Count;
        telecom.FailWrite = null;
        using var repeat = await http.PostAsync("/api/v1/provinces/64/datasets", Dataset.ToZipContent());
        var completed = await repeat.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Contains("imported in part", problem["title"]!.GetValue<string>());
        Assert.Equal(["statistics.csv"], problem["files"]!.AsArray().Select(f => f!["file"]!.GetValue<string>()).ToArray());
        var notWritten = problem["errors"]!.AsArray().ToDictionary(e => e!["file"]!.GetValue<string>(), e => e!["message"]!.GetValue<string>());
        Assert.Equal(["postal_points.csv", "press_organisations.csv"], notWritten.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("could not be reached", notWritten["postal_points.csv"]);
        Assert.Contains("stopped when the Posts & Telecom service failed", notWritten["press_organisations.csv"]);
        Assert.Equal(0, pressWrittenBeforeRepeat);
        Assert.Equal("35949", Assert.Single(stored!["statistics"]!.AsArray())!["value"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var counts = completed!["files"]!.AsArray().ToDictionary(f => f!["file"]!.GetValue<string>(), f => f!["unchanged"]!.GetValue<int>());
        Assert.Equal(1, counts["statistics.csv"]);
        Assert.Equal(["postal_points.csv"], telecom.Written);
        Assert.Equal(["press_organisations.csv"], press.Written);
    }

    [Fact]
    public async Task A_division_refusing_its_part_after_a_clean_dry_run_is_a_409_with_its_errors_and_what_was_written()
    {
        await using var telecom = await ScriptedDivision.StartAsync("postal_points.csv");
        await using var press = await ScriptedDivision.StartAsync("press_organisations.csv");
        press.FailWrite = _ => new ImportFilesResponse
        {
            Errors = { new DatasetError { File = "press_organisations.csv", Line = 2, Column = "code", Message = "'B1' was registered by another import meanwhile" } },
        };
        using var host = HostWith(telecom, press);
        using var http = host.CreateClientAs(TestCaller.Admin);

        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", Dataset.ToZipContent());
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["statistics.csv", "postal_points.csv"], problem["files"]!.AsArray().Select(f => f!["file"]!.GetValue<string>()).ToArray());
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal(("press_organisations.csv", 2, "code"), (error["file"]!.GetValue<string>(), error["line"]!.GetValue<int>(), error["column"]!.GetValue<string>()));
        Assert.Contains("Not written: press_organisations.csv", problem["detail"]!.GetValue<string>());
    }
}
