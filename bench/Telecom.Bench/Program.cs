extern alias reporting;
extern alias telecom;

using System.Globalization;
using GiaLaiIct.Bench;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using TelecomProgram = telecom::Program;
using ReportingProgram = reporting::Program;
using TelecomDb = telecom::GiaLaiIct.PostsTelecom.Data.PostsTelecomDbContext;
using Station = telecom::GiaLaiIct.PostsTelecom.Domain.BtsStation;
using StationKind = telecom::GiaLaiIct.PostsTelecom.Domain.StationKind;
using RadioTechnology = telecom::GiaLaiIct.PostsTelecom.Domain.RadioTechnology;
using VietnameseText = GiaLaiIct.Contracts.Text.VietnameseText;

// BTS registry at scale: the Posts & Telecom service in process (real SQLite file, real gRPC pipeline over the
// test server, unit look-ups in its own Reporting service) holding 5 000 and then 50 000 stations of Gia Lai;
// the same reads at both sizes, side by side in one run.
//   dotnet run -c Release --project bench/Telecom.Bench -- [--seconds 2] [--rounds 3] [--concurrency 4]
// The in-process hosts find each service's content root through the manifest beside this program, read from the working directory.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var seconds = Option("--seconds", 2);
var rounds = Option("--rounds", 3);
var concurrency = Option("--concurrency", 4);
int[] sizes = [5_000, 50_000];

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
var results = new Dictionary<int, IReadOnlyList<Measurement>>();
foreach (var size in sizes)
{
    using var host = new ServiceWithUnitsTestHost<TelecomProgram, ReportingProgram>("telecomdb");
    var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = "64" })).Units;
    var loadSeconds = await LoadStationsAsync(host, units, size);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} stations loaded in {loadSeconds:0.0} s; database and log {DatabaseBytes(host.DatabaseFile) / 1_048_576.0:0.0} MiB"));

    var stations = new BtsStations.BtsStationsClient(host.CreateGrpcChannel());
    var indicators = new IndicatorSource.IndicatorSourceClient(host.CreateGrpcChannel());
    var districts = units.Where(u => u.Level == "district").Select(u => u.Code).Prepend("64").ToList();
    var scenarios = new[]
    {
        new Scenario("get one station by id", async ct => await stations.GetStationAsync(new GetStationRequest { Province = "64", Id = $"BTS-{size / 2:D6}" }, cancellationToken: ct)),
        new Scenario("list first page (100)", async ct => await stations.ListStationsAsync(new ListStationsRequest { Province = "64" }, cancellationToken: ct)),
        new Scenario("list a page deep in the list", async ct => await stations.ListStationsAsync(new ListStationsRequest { Province = "64", PageToken = $"BTS-{size * 9 / 10:D6}" }, cancellationToken: ct)),
        new Scenario("list district 622 (100)", async ct => await stations.ListStationsAsync(new ListStationsRequest { Province = "64", Unit = "622" }, cancellationToken: ct)),
        new Scenario("list 4G in service 2018-12-31", async ct => await stations.ListStationsAsync(new ListStationsRequest { Province = "64", Technology = "4G", InServiceOn = "2018-12-31" }, cancellationToken: ct)),
        new Scenario("search name 'ia kring' (100)", async ct => await stations.ListStationsAsync(new ListStationsRequest { Province = "64", Q = "ia kring" }, cancellationToken: ct)),
        new Scenario("search without a match", async ct => await stations.ListStationsAsync(new ListStationsRequest { Province = "64", Q = "khong co tram nao" }, cancellationToken: ct)),
        new Scenario("TEL.BTS for province + 17 districts", async ct => await indicators.ComputeIndicatorsAsync(new ComputeIndicatorsRequest
        {
            Province = "64", Period = "2018", Indicators = { "TEL.BTS" }, Units = { districts },
        }, cancellationToken: ct)),
    };
    var measurements = scenarios.Select(s => new Measurement(s.Name)).ToList();
    foreach (var scenario in scenarios)
    {
        await new Measurement("warm-up").RunRoundAsync(scenario, concurrency, TimeSpan.FromSeconds(1));
    }
    for (var round = 0; round < rounds; round++)
    {
        for (var i = 0; i < scenarios.Length; i++)
        {
            await measurements[i].RunRoundAsync(scenarios[i], concurrency, TimeSpan.FromSeconds(seconds));
        }
    }
    results[size] = measurements;
}

Console.WriteLine();
Console.WriteLine($"{concurrency} concurrent callers, {rounds} rounds x {seconds} s per scenario and size");
Console.WriteLine($"{"scenario",-38} {"rows",7} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
for (var i = 0; i < results[sizes[0]].Count; i++)
{
    foreach (var size in sizes)
    {
        var m = results[size][i];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Name,-38} {size,7} {m.RequestsPerSecond,8:0} {m.P50,8:0.00} {m.P99,8:0.00} {m.Errors,7}"));
    }
    var (small, large) = (results[sizes[0]][i], results[sizes[1]][i]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"  ratio 50k / 5k",-38} {"",7} {"",8} {"x" + (large.P50 / small.P50).ToString("0.00", CultureInfo.InvariantCulture),8} {"x" + (large.P99 / small.P99).ToString("0.00", CultureInfo.InvariantCulture),8}"));
}

// Stations spread over every commune, four operators and four technologies; one in ten out of service.
static async Task<double> LoadStationsAsync(ServiceWithUnitsTestHost<TelecomProgram, ReportingProgram> host, IEnumerable<AdministrativeUnit> units, int count)
{
    var communes = units.Where(u => u.Level == "commune").ToList();
    string[] operators = ["VIETTEL", "VNPT", "MOBIFONE", "VIETNAMOBILE"];
    var technologies = Enum.GetValues<RadioTechnology>();
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    const int batch = 5_000;
    for (var first = 0; first < count; first += batch)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TelecomDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = first; i < Math.Min(count, first + batch); i++)
        {
            var commune = communes[i % communes.Count];
            var name = $"Trạm {operators[i % operators.Length]} {commune.Name} {i / communes.Count + 1}";
            var from = new DateOnly(2005, 1, 1).AddDays(i % 5000);
            db.Stations.Add(new Station
            {
                ProvinceCode = "64",
                Id = $"BTS-{i:D6}",
                Kind = i % 50 == 0 ? StationKind.Bsc : StationKind.Bts,
                Name = name,
                NameFolded = VietnameseText.Fold(name),
                OperatorCode = operators[i % operators.Length],
                UnitCode = commune.Code,
                Technology = technologies[i % technologies.Length],
                InServiceFrom = from,
                InServiceTo = i % 10 == 0 ? from.AddYears(8) : null,
            });
        }
        await db.SaveChangesAsync();
    }
    return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
}

static long DatabaseBytes(string file) =>
    new[] { file, file + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
