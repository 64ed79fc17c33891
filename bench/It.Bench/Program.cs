extern alias it;
extern alias reporting;

using System.Globalization;
using GiaLaiIct.Bench;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using ItProgram = it::Program;
using ReportingProgram = reporting::Program;
using ItDb = it::GiaLaiIct.InformationTechnology.Data.InformationTechnologyDbContext;
using Service = it::GiaLaiIct.InformationTechnology.Domain.OnlinePublicService;
using Incident = it::GiaLaiIct.InformationTechnology.Domain.SecurityIncident;
using IncidentType = it::GiaLaiIct.InformationTechnology.Domain.IncidentType;
using VietnameseText = GiaLaiIct.Contracts.Text.VietnameseText;

// IT counts at scale: the IT service in process (real SQLite file, real gRPC pipeline over the test server, unit
// look-ups in its own Reporting service) holding 10 000 online services (a fifth raised to level 4 during 2018)
// and 5 000 incidents of Gia Lai; the province and its 17 districts counted at once, as Reporting asks.
//   dotnet run -c Release --project bench/It.Bench -- [--seconds 2] [--rounds 3] [--concurrency 4] [--services 10000] [--incidents 5000]
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var seconds = Option("--seconds", 2);
var rounds = Option("--rounds", 3);
var concurrency = Option("--concurrency", 4);
var serviceCount = Option("--services", 10_000);
var incidentCount = Option("--incidents", 5_000);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
using var host = new ServiceWithUnitsTestHost<ItProgram, ReportingProgram>("itdb");
var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = "64" })).Units;
var loadSeconds = await LoadAsync(host, units, serviceCount, incidentCount);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{serviceCount} services and {incidentCount} incidents loaded in {loadSeconds:0.0} s"));

var indicators = new IndicatorSource.IndicatorSourceClient(host.CreateGrpcChannel());
var provinceAndDistricts = units.Where(u => u.Level == "district").Select(u => u.Code).Prepend("64").ToList();
ComputeIndicatorsRequest Ask(string period, params string[] codes) => new() { Province = "64", Period = period, Units = { provinceAndDistricts }, Indicators = { codes } };
var scenarios = new[]
{
    new Scenario("DVC levels, province + 17 districts, 2018", async ct => await indicators.ComputeIndicatorsAsync(Ask("2018", "IT.DVC.L12", "IT.DVC.L3", "IT.DVC.L4"), cancellationToken: ct)),
    new Scenario("DVC levels, province + 17 districts, 2018H1", async ct => await indicators.ComputeIndicatorsAsync(Ask("2018H1", "IT.DVC.L12", "IT.DVC.L3", "IT.DVC.L4"), cancellationToken: ct)),
    new Scenario("incidents by type, province + 17, 2018", async ct => await indicators.ComputeIndicatorsAsync(Ask("2018", "IT.INCIDENTS"), cancellationToken: ct)),
    new Scenario("every IT count, province + 17, 2018", async ct => await indicators.ComputeIndicatorsAsync(Ask("2018"), cancellationToken: ct)),
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

Console.WriteLine();
Console.WriteLine($"{concurrency} concurrent callers, {rounds} rounds x {seconds} s per scenario");
Console.WriteLine($"{"scenario",-46} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
foreach (var m in measurements)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Name,-46} {m.RequestsPerSecond,8:0} {m.P50,8:0.00} {m.P99,8:0.00} {m.Errors,7}"));
}

// Services of provincial agencies (at the province) and of district committees, a fifth raised to level 4 on
// 2018-07-01; incidents in every district, of every type, handled within a day, spread over 2017–2019.
static async Task<double> LoadAsync(ServiceWithUnitsTestHost<ItProgram, ReportingProgram> host, IReadOnlyList<AdministrativeUnit> units, int services, int incidents)
{
    var districts = units.Where(u => u.Level == "district").Select(u => u.Code).ToList();
    var types = Enum.GetValues<IncidentType>();
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    const int batch = 5_000;
    for (var first = 0; first < Math.Max(services, incidents); first += batch)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = first; i < Math.Min(services, first + batch); i++)
        {
            var unit = i % 3 == 0 ? "64" : districts[i % districts.Count];
            var name = $"Dịch vụ công trực tuyến {i}";
            var service = new Service
            {
                ProvinceCode = "64", Code = $"DV-{i:D6}", Name = name, NameFolded = VietnameseText.Fold(name), AgencyCode = $"CQ-{unit}-{i % 7}",
                AgencyName = $"Cơ quan {unit} {i % 7}", UnitCode = unit, Level = 1 + i % 3, EffectiveFrom = new DateOnly(2015, 1, 1).AddDays(i % 1500),
            };
            db.OnlineServices.Add(service);
            db.OnlineServiceLevelChanges.Add(service.FirstLevel());
            if (i % 5 == 0 && service.ChangeLevel(4, new DateOnly(2018, 7, 1), service.FirstLevel(), out _) is { } raised)
            {
                db.OnlineServiceLevelChanges.Add(raised);
            }
        }
        for (var i = first; i < Math.Min(incidents, first + batch); i++)
        {
            var detected = new DateTime(2017, 1, 1, 8, 0, 0).AddHours(i * 5 % 26_000);
            db.Incidents.Add(new Incident
            {
                ProvinceCode = "64", Id = $"SC-{i:D6}", Type = types[i % types.Length], DetectedAt = detected, HandledAt = detected.AddHours(6),
                UnitCode = districts[i % districts.Count],
            });
        }
        await db.SaveChangesAsync();
    }
    return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
