extern alias press;
extern alias reporting;

using System.Globalization;
using GiaLaiIct.Bench;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using PressProgram = press::Program;
using ReportingProgram = reporting::Program;
using PressDb = press::GiaLaiIct.PressPublishing.Data.PressPublishingDbContext;
using Permit = press::GiaLaiIct.PressPublishing.Domain.PressPermit;
using PermitFacts = press::GiaLaiIct.PressPublishing.Domain.PermitFacts;
using PermitType = press::GiaLaiIct.PressPublishing.Domain.PermitType;
using PermitStatus = press::GiaLaiIct.PressPublishing.Domain.PermitStatus;
using PermitAction = press::GiaLaiIct.PressPublishing.Domain.PermitAction;

// Press permits at scale: the Press & Publishing service in process (real SQLite file, real gRPC pipeline over the
// test server, unit look-ups in its own Reporting service) holding 1 000 and then 10 000 permits of Gia Lai, each
// with its history; the same counts and reads at both sizes, side by side in one run.
//   dotnet run -c Release --project bench/Press.Bench -- [--seconds 2] [--rounds 3] [--concurrency 4]
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var seconds = Option("--seconds", 2);
var rounds = Option("--rounds", 3);
var concurrency = Option("--concurrency", 4);
int[] sizes = [1_000, 10_000];

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
var results = new Dictionary<int, IReadOnlyList<Measurement>>();
foreach (var size in sizes)
{
    using var host = new ServiceWithUnitsTestHost<PressProgram, ReportingProgram>("pressdb");
    var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = "64" })).Units;
    var loadSeconds = await LoadPermitsAsync(host, units, size);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} permits loaded in {loadSeconds:0.0} s; database and log {DatabaseBytes(host.DatabaseFile) / 1_048_576.0:0.0} MiB"));

    var permits = new PressPermits.PressPermitsClient(host.CreateGrpcChannel());
    var indicators = new IndicatorSource.IndicatorSourceClient(host.CreateGrpcChannel());
    var districts = units.Where(u => u.Level == "district").Select(u => u.Code).Prepend("64").ToList();
    ComputeIndicatorsRequest Counts(string period, params string[] codes) => new() { Province = "64", Period = period, Indicators = { codes }, Units = { districts } };
    var scenarios = new[]
    {
        new Scenario("PRESS.PERMITS, province + 17 districts, 2018", async ct => await indicators.ComputeIndicatorsAsync(Counts("2018", "PRESS.PERMITS"), cancellationToken: ct)),
        new Scenario("PRESS.PERMITS, province + 17 districts, 2018Q1", async ct => await indicators.ComputeIndicatorsAsync(Counts("2018Q1", "PRESS.PERMITS"), cancellationToken: ct)),
        new Scenario("every press count, province + 17 districts", async ct => await indicators.ComputeIndicatorsAsync(Counts("2018"), cancellationToken: ct)),
        new Scenario("get one permit with its history", async ct => await permits.GetPermitAsync(new GetPermitRequest { Province = "64", Number = $"{size / 2}/GP" }, cancellationToken: ct)),
        new Scenario("list first page (100)", async ct => await permits.ListPermitsAsync(new ListPermitsRequest { Province = "64" }, cancellationToken: ct)),
        new Scenario("list newsletters issued in 2018 (100)", async ct => await permits.ListPermitsAsync(
            new ListPermitsRequest { Province = "64", Type = "newsletter", IssuedFrom = "2018-01-01", IssuedTo = "2018-12-31" }, cancellationToken: ct)),
        new Scenario("search holder 'ia kring' (100)", async ct => await permits.ListPermitsAsync(new ListPermitsRequest { Province = "64", Q = "ia kring" }, cancellationToken: ct)),
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
Console.WriteLine($"{"scenario",-46} {"rows",7} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
for (var i = 0; i < results[sizes[0]].Count; i++)
{
    foreach (var size in sizes)
    {
        var m = results[size][i];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Name,-46} {size,7} {m.RequestsPerSecond,8:0} {m.P50,8:0.00} {m.P99,8:0.00} {m.Errors,7}"));
    }
    var (small, large) = (results[sizes[0]][i], results[sizes[1]][i]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"  ratio 10k / 1k",-46} {"",7} {"",8} {"x" + (large.P50 / small.P50).ToString("0.00", CultureInfo.InvariantCulture),8} {"x" + (large.P99 / small.P99).ToString("0.00", CultureInfo.InvariantCulture),8}"));
}

// Permits of the seven types spread over every commune and the years 2014-2019; one in twenty suspended and
// reinstated, one in fifty revoked, each change a history row written by the permit itself.
static async Task<double> LoadPermitsAsync(ServiceWithUnitsTestHost<PressProgram, ReportingProgram> host, IEnumerable<AdministrativeUnit> units, int count)
{
    var communes = units.Where(u => u.Level == "commune").ToList();
    var types = Enum.GetValues<PermitType>();
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    const int batch = 2_000;
    for (var first = 0; first < count; first += batch)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PressDb>();
        for (var i = first; i < Math.Min(count, first + batch); i++)
        {
            var commune = communes[i % communes.Count];
            var issuedOn = new DateOnly(2014, 1, 1).AddDays(i * 7 % 2190);
            var permit = Permit.Record(
                new PermitFacts("64", $"{i}/GP", types[i % types.Length], $"Đơn vị {commune.Name} {i}", commune.Code, issuedOn.AddDays(-20), issuedOn, null),
                PermitStatus.Issued, "issued", "bench");
            if (i % 20 == 0)
            {
                permit.Change(PermitAction.Suspend, issuedOn.AddDays(30), null, "bench", "bench");
                permit.Change(PermitAction.Reinstate, issuedOn.AddDays(60), null, "bench", "bench");
            }
            if (i % 50 == 0)
            {
                permit.Change(PermitAction.Revoke, issuedOn.AddDays(90), null, "bench", "bench");
            }
            db.Permits.Add(permit);
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
