using System.Net;
using System.Text.Json.Nodes;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>A province dataset with press files sent to the Reporting service, which checks and routes them to Press &amp; Publishing.</summary>
public sealed class DatasetThroughReportingTests
{
    private const string Datasets = "/api/v1/provinces/64/datasets";

    private const string Statistics = """
        indicator,unit,period,category,value
        TEL.SUBS.FIXED,64,2018,,35949
        """;

    private const string Broadcasts = """
        station,medium,period,language,unit,hours,plan_hours
        Đài PT-TH Gia Lai,radio,2018,,64,13505,13500
        Đài PT-TH Gia Lai,radio,2018,jrai,64,456,456
        Đài huyện Chư Păh,tv,2018,bahnar,627,120,
        Đài huyện Chư Păh,radio,2018,,627,-4,
        """;

    private const string Licences = """
        number,type,holder,unit,issued_on,expires_on,status
        09/GP-STTTT,general_website,Công ty Phố Núi,622,2018-03-15,,issued
        10/GP-STTTT,magazine,Tạp chí Văn nghệ,622,2018-04-01,,issued
        """;

    [Fact]
    public async Task Bad_press_rows_are_named_by_file_line_and_column_and_nothing_is_written_anywhere()
    {
        using var system = new ReportingWithPress();
        using var http = system.Reporting.CreateClient();
        await new DatasetPart.DatasetPartClient(system.Press.CreateGrpcChannel()).ListOwnedFilesAsync(new ListOwnedFilesRequest());
        using (await http.GetAsync("/api/v1/provinces/64/statistics")) { }
        var (reportingBefore, pressBefore) = (SqliteDump.Of(system.Reporting.DatabaseFile), SqliteDump.Of(system.Press.DatabaseFile));
        var dataset = ProvinceDataset.Empty.With("statistics.csv", Statistics).With("broadcasts.csv", Broadcasts).With("licences.csv", Licences);

        using var refused = await http.PostAsync(Datasets, dataset.ToZipContent());
        var body = await refused.Content.ReadAsStringAsync();
        var errors = JsonNode.Parse(body)!["errors"]!.AsArray()
            .Select(e => (e!["file"]!.GetValue<string>(), e["line"]!.GetValue<int>(), e["column"]!.GetValue<string>())).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(("licences.csv", 3, "type"), errors);
        Assert.Contains(("broadcasts.csv", 4, "language"), errors);
        Assert.Contains(("broadcasts.csv", 5, "hours"), errors);
        Assert.Equal(reportingBefore, SqliteDump.Of(system.Reporting.DatabaseFile));
        Assert.Equal(pressBefore, SqliteDump.Of(system.Press.DatabaseFile));
    }

    [Fact]
    public async Task A_clean_dataset_is_written_by_press_and_its_figures_reach_the_indicator_values()
    {
        using var system = new ReportingWithPress();
        using var http = system.Reporting.CreateClient();
        var dataset = ProvinceDataset.Empty
            .With("broadcasts.csv", string.Join('\n', Broadcasts.Split('\n').Take(3)) + "\n")
            .With("licences.csv", string.Join('\n', Licences.Split('\n').Take(2)) + "\n");

        using var imported = await http.PostAsync(Datasets, dataset.ToZipContent());
        var body = await imported.Content.ReadAsStringAsync();
        using var permitsQ1 = await http.GetAsync("/api/v1/provinces/64/indicators/PRESS.PERMITS/values?period=2018Q1");
        using var permitsQ2 = await http.GetAsync("/api/v1/provinces/64/indicators/PRESS.PERMITS/values?period=2018Q2");
        using var planPercent = await http.GetAsync("/api/v1/provinces/64/indicators/BROADCAST.HOURS.PLAN_PCT/values?period=2018");

        Assert.True(imported.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("\"display\": \"1\"", Compact(await permitsQ1.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("\"display\": \"0\"", Compact(await permitsQ2.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("\"display\": \"100,04\"", Compact(await planPercent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static string Compact(string json) => json.Replace("\":\"", "\": \"", StringComparison.Ordinal);
}
