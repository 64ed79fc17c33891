using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>
/// A province moves in: the Gia Lai 2018 dataset built from seed 000 goes through the real gateway into Reporting
/// and Posts &amp; Telecom (real processes, real SQLite files), and the figures, validation and reports come back out.
/// It has a system of its own: the seed figures it checks count every point, station, deployment and radio of Gia
/// Lai, which the tests of the shared system add to.
/// </summary>
public sealed class ProvinceDatasetTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private const string Datasets = "/api/v1/provinces/64/datasets";

    // INDICATORS.md "Checks against the seeds": the figures of Gia Lai 2018 that the built services own.
    public static readonly TheoryData<string, string> SeedFigures = new()
    {
        { "TEL.SUBS.TOTAL", "1.298.982" },
        { "TEL.SUBS.PER100", "89,14" },
        { "TEL.BB.FIXED.PER100", "6,11" },
        { "POST.XA_WITH_BDVHX.PCT", "88,59" },
        { "POST.SAMEDAY_PRESS.PCT", "95,95" },
        { "PRESS.COMMUNE_RADIO.PCT", "69,37" },
        { "IT.ONESTOP.COMMUNES.PCT", "73,87" },
    };

    [Fact]
    public async Task The_seed_dataset_imports_once_reproduces_the_seed_figures_flags_the_seed_inconsistencies_and_compiles_its_report()
    {
        await using var system = await RunningSystem.StartAsync(StartTimeout);
        using var http = await system.CreateHttpClientAsync("admin");
        var dataset = ProvinceDataset.GiaLai2018();
        var reportingDb = system.DatabaseFile("reporting");
        var telecomDb = system.DatabaseFile("telecom");

        // One bad cell in the last row of the last file (bts.csv, moved to the end of the archive): nothing is
        // written anywhere, though Reporting's files before it are valid, and the error names file, line and column.
        const string lastFile = "bts.csv";
        var lines = dataset[lastFile].TrimEnd('\n').Split('\n');
        var badLine = lines.Length;
        var broken = dataset.With(lastFile, string.Join('\n', lines[..^1].Append(BreakFirstDate(lines[^1]))) + "\n");
        Assert.Equal(lastFile, broken.FileNames[^1]);
        var (reportingBefore, telecomBefore) = (SqliteDump.Of(reportingDb), SqliteDump.Of(telecomDb));
        using var refused = await http.PostAsync(Datasets, broken.ToZipContent());
        var refusal = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(refusal["errors"] is JsonArray, $"the refusal lists no errors: {refusal.ToJsonString()}");
        var error = Assert.Single(refusal["errors"]!.AsArray());
        Assert.Equal(lastFile, error!["file"]!.GetValue<string>());
        Assert.Equal(badLine, error["line"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(error["column"]!.GetValue<string>()));
        Assert.Equal(reportingBefore, SqliteDump.Of(reportingDb));
        Assert.Equal(telecomBefore, SqliteDump.Of(telecomDb));

        // Every division imports now: a file none of them owns is reported by name, never dropped.
        using var unknown = await http.PostAsync(Datasets, dataset.With("radio_stations.csv", "unit,kind\n").ToZipContent());
        var unknownError = Assert.Single(JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["errors"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("radio_stations.csv", unknownError!["file"]!.GetValue<string>());
        Assert.Contains("commune_radio.csv", unknownError["message"]!.GetValue<string>());

        // Imported as a ZIP, then again as multipart: the second answer is all unchanged and no row differs.
        using var first = await http.PostAsync(Datasets, dataset.ToZipContent());
        var firstCounts = await first.Content.ReadFromJsonAsync<JsonObject>();
        var (reportingAfterFirst, telecomAfterFirst) = (SqliteDump.Of(reportingDb), SqliteDump.Of(telecomDb));
        using var second = await http.PostAsync(Datasets, dataset.ToMultipart());
        var secondCounts = await second.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var csvRows = dataset.FileNames.ToDictionary(name => name, name => dataset[name].TrimEnd('\n').Split('\n').Length - 1);
        foreach (var file in firstCounts!["files"]!.AsArray())
        {
            var name = file!["file"]!.GetValue<string>();
            Assert.Equal(csvRows[name], file["inserted"]!.GetValue<int>() + file["updated"]!.GetValue<int>() + file["unchanged"]!.GetValue<int>());
        }
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(dataset.FileNames.Order(), secondCounts!["files"]!.AsArray().Select(f => f!["file"]!.GetValue<string>()).Order());
        foreach (var file in secondCounts["files"]!.AsArray())
        {
            var name = file!["file"]!.GetValue<string>();
            Assert.True(file["inserted"]!.GetValue<int>() == 0 && file["updated"]!.GetValue<int>() == 0, $"{name} changed on the second import: {file}");
            Assert.Equal(csvRows[name], file["unchanged"]!.GetValue<int>());
        }
        Assert.Equal(reportingAfterFirst, SqliteDump.Of(reportingDb));
        Assert.Equal(telecomAfterFirst, SqliteDump.Of(telecomDb));

        // The seed's figures, each from the data that owns it.
        foreach (var (code, display) in SeedFigures.Select(row => ((string)row[0], (string)row[1])))
        {
            var value = await http.GetFromJsonAsync<JsonObject>($"/api/v1/provinces/64/indicators/{code}/values?period=2018");
            Assert.True(display == value!["display"]!.GetValue<string>(), $"{code}: expected {display}, got {value}");
            Assert.Equal("computed", value["source"]!.GetValue<string>());
            Assert.Null(value["category"]);
        }

        // The two inconsistencies of the seeds are flagged with both sides; the consistent 2021Q1 growth is not.
        var validation2018 = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/validation?period=2018");
        var validation2021 = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/validation?period=2021");
        var points = validation2018!["violations"]!.AsArray().Single(v => v!["rule"]!.GetValue<string>() == "sum-of-categories");
        Assert.Equal(("POST.POINTS", 247d, 219d), (points!["indicator"]!.GetValue<string>(), points["left"]!.GetValue<double>(), points["right"]!.GetValue<double>()));
        var growth = validation2021!["violations"]!.AsArray().Where(v => v!["indicator"]!.GetValue<string>() == "TEL.REVENUE.GROWTH")
            .ToDictionary(v => v!["period"]!.GetValue<string>(), v => (Reported: v!["left"]!.GetValue<double>(), Computed: Math.Round(v["right"]!.GetValue<double>(), 2)));
        Assert.Equal(
            new Dictionary<string, (double, double)> { ["2021H1"] = (1.43, 3.39), ["2021M9"] = (1.33, 2.68), ["2021"] = (2.23, 2.56) },
            growth);

        // The annual report, as JSON and as a Word document, through the gateway.
        var report = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/reports/2018");
        var rows = report!["indicators"]!.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => r!);
        Assert.Equal("1.298.982", rows["TEL.SUBS.TOTAL"]["display"]!.GetValue<string>());
        Assert.Equal("88,59", rows["POST.XA_WITH_BDVHX.PCT"]["display"]!.GetValue<string>());
        Assert.Equal("100,00", rows["TEL.REVENUE"]["planPercentDisplay"]!.GetValue<string>());
        var docx = await http.GetByteArrayAsync("/api/v1/provinces/64/reports/2018.docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains(headings, h => h.EndsWith("Lĩnh vực Bưu chính, Viễn thông", StringComparison.Ordinal));
        var cells = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(cells, r => r.Contains("Tổng thuê bao điện thoại") && r.Contains("1.298.982"));
        var markdown = await http.GetStringAsync("/api/v1/provinces/64/reports/2018.md");
        Assert.Contains("Mật độ thuê bao điện thoại: 89,14 TB/100 dân", markdown);

        // The master data behind the report, as its own routes list it through the gateway.
        var plans = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/work-plans");
        var plan = Assert.Single(plans!["plans"]!.AsArray())!;
        Assert.Equal(csvRows["tasks.csv"], plan["tasks"]!.GetValue<int>());
        var decree = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/documents/25/2011/NĐ-CP");
        Assert.Equal("2011-04-06", decree!["issuedOn"]!.GetValue<string>());
        var fixedLines = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/statistics?indicator=TEL.SUBS.FIXED&unit=64&period=2018");
        Assert.Equal("35949", Assert.Single(fixedLines!["statistics"]!.AsArray())!["value"]!.GetValue<string>());
    }

    /// <summary>The row with its first date cell (yyyy-MM-dd) turned into one that does not exist.</summary>
    private static string BreakFirstDate(string row)
    {
        var cells = row.Split(',');
        var index = Array.FindIndex(cells, c => System.Text.RegularExpressions.Regex.IsMatch(c, @"^\d{4}-\d{2}-\d{2}$"));
        Assert.True(index >= 0, $"no date cell to break in: {row}");
        cells[index] = cells[index][..5] + "13-40";
        return string.Join(',', cells);
    }
}
