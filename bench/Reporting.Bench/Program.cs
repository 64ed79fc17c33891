using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;

// Province import and report compilation at Gia Lai scale, through the real gateway of the real system:
// the Gia Lai 2018 dataset (240 units, 1 555 BTS, 656 licences, 219 postal points, …) imported into fresh
// databases, imported again (all unchanged), then the annual report compiled cold (just after a change of the
// province's data, so nothing computed before may be served) and warm (served from the cache), side by side.
//   dotnet run -c Release --project bench/Reporting.Bench -- [--rounds 10]
var rounds = args.Length == 2 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine("Starting the system (real AppHost, real processes, embedded cache server)...");
await using var system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(3), new Dictionary<string, string>
{
    ["RateLimiting__Burst"] = "100000000",
    ["RateLimiting__TokensPerSecond"] = "100000000",
});
using var http = await system.CreateHttpClientAsync("admin");
var dataset = ProvinceDataset.GiaLai2018();

var firstImport = await TimeAsync(() => PostAsync(http, dataset));
var secondImport = await TimeAsync(() => PostAsync(http, dataset));
Console.WriteLine($"Import of the fixture ({dataset.FileNames.Count} files), first (inserts): {firstImport:F0} ms");
Console.WriteLine($"Import of the fixture again (all unchanged):             {secondImport:F0} ms");

var unit = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/units/23557");
var version = unit!["version"]!.GetValue<long>();
await MeasureReportAsync("the fixture (telecom, postal, statistics, targets, plans)");

// The same province with IT's registries as seed 003 and seed 000 give them: 468 online services of 35 agencies
// (405 at level 3, 63 at level 4), and the one-stop system in 164 communes; the report then counts IT figures too.
var withIt = dataset.With("online_services.csv", ItRegistries.OnlineServices()).With("onestop_deployments.csv", ItRegistries.OneStopDeployments(dataset["units.csv"]));
var itImport = await TimeAsync(() => PostAsync(http, withIt));
Console.WriteLine($"Import of the fixture with IT's registries (2 more files):  {itImport:F0} ms");
await MeasureReportAsync("the fixture and IT's registries");

async Task MeasureReportAsync(string what)
{
    var cold = new List<double>();
    var warm = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        // A real change of the province's data (a commune's population) retires every cached value of the province.
        using var change = await http.PatchAsJsonAsync("/api/v1/provinces/64/units/23557", new { population = 5000 + round, version });
        change.EnsureSuccessStatusCode();
        version = (await change.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>();
        cold.Add(await TimeAsync(() => http.GetStringAsync("/api/v1/provinces/64/reports/2018")));
        warm.Add(await TimeAsync(() => http.GetStringAsync("/api/v1/provinces/64/reports/2018")));
    }
    var docx = await TimeAsync(() => http.GetByteArrayAsync("/api/v1/provinces/64/reports/2018.docx"));
    Console.WriteLine($"Annual report 2018 (JSON) of {what}, {rounds} rounds, ms:");
    Console.WriteLine($"  cold  p50 {Percentile(cold, 50):F1}  min {cold.Min():F1}  max {cold.Max():F1}");
    Console.WriteLine($"  warm  p50 {Percentile(warm, 50):F1}  min {warm.Min():F1}  max {warm.Max():F1}");
    Console.WriteLine($"  cold ÷ warm (p50): {Percentile(cold, 50) / Percentile(warm, 50):F1}×");
    Console.WriteLine($"  the same report as DOCX (warm model, rendering only): {docx:F1} ms");
}

static async Task PostAsync(HttpClient http, ProvinceDataset dataset)
{
    using var response = await http.PostAsync("/api/v1/provinces/64/datasets", dataset.ToZipContent());
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"Import failed: {await response.Content.ReadAsStringAsync()}");
    }
}

static async Task<double> TimeAsync(Func<Task> action)
{
    var watch = Stopwatch.StartNew();
    await action();
    return watch.Elapsed.TotalMilliseconds;
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Ceiling(percentile / 100d * sorted.Count) - 1];
}
