using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GiaLaiIct.Bench;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Grpc.Net.Client;

// Gateway overhead: the same unary read (one administrative unit, served from the service's cache)
// called directly at the Reporting service and through the gateway, over gRPC and over REST,
// interleaved round by round in one run so machine drift hits every scenario alike.
//   dotnet run -c Release --project bench/GiaLaiIct.Bench -- [--seconds 3] [--rounds 3] [--concurrency 16]
var seconds = Option("--seconds", 3);
var rounds = Option("--rounds", 3);
var concurrency = Option("--concurrency", 16);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine($"Starting the system (real AppHost, real processes)...");
// The gateway's per-client limit stays on (its cost is part of the hop) but with a bucket no run can empty.
await using var system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(3), new Dictionary<string, string>
{
    ["RateLimiting__Burst"] = "100000000",
    ["RateLimiting__TokensPerSecond"] = "100000000",
});
var reportingLine = await system.WaitForOutputAsync(new Regex(@"reporting is healthy at (?<url>\S+)"), TimeSpan.FromSeconds(5));
var reportingUrl = new Uri(new Regex(@"at (?<url>\S+)").Match(reportingLine).Groups["url"].Value);

// Both paths carry the same real token: the service checks it either way, the gateway too on its path.
var token = await system.RequestTokenAsync("viewer");
HttpMessageHandler Authorized() => new BearerTokenHandler(token, new SocketsHttpHandler());

using var directChannel = GrpcChannel.ForAddress(reportingUrl, new GrpcChannelOptions { HttpHandler = Authorized() });
using var gatewayChannel = GrpcChannel.ForAddress(system.GatewayGrpcUrl, new GrpcChannelOptions { HttpHandler = Authorized() });
var direct = new AdministrativeUnits.AdministrativeUnitsClient(directChannel);
var viaGateway = new AdministrativeUnits.AdministrativeUnitsClient(gatewayChannel);
using var restDirect = new HttpClient(Authorized())
{
    BaseAddress = reportingUrl, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
};
using var restGateway = new HttpClient(Authorized()) { BaseAddress = system.GatewayUrl };
var request = new GetUnitRequest { Province = "64", Code = "622" };
const string restPath = "/api/v1/provinces/64/units/622";

var scenarios = new[]
{
    new Scenario("gRPC direct to service", async ct => await direct.GetUnitAsync(request, cancellationToken: ct)),
    new Scenario("gRPC via gateway", async ct => await viaGateway.GetUnitAsync(request, cancellationToken: ct)),
    new Scenario("REST direct to service (h2c)", async ct => (await restDirect.GetAsync(restPath, ct)).EnsureSuccessStatusCode().Dispose()),
    new Scenario("REST via gateway (HTTP/1.1)", async ct => (await restGateway.GetAsync(restPath, ct)).EnsureSuccessStatusCode().Dispose()),
};
var measurements = scenarios.ToDictionary(scenario => scenario.Name, scenario => new Measurement(scenario.Name));

Console.WriteLine($"Warm-up, then {rounds} rounds of {seconds} s per scenario with {concurrency} concurrent callers...");
foreach (var scenario in scenarios)
{
    await new Measurement("warm-up").RunRoundAsync(scenario, concurrency, TimeSpan.FromSeconds(1));
}
for (var round = 0; round < rounds; round++)
{
    foreach (var scenario in scenarios)
    {
        await measurements[scenario.Name].RunRoundAsync(scenario, concurrency, TimeSpan.FromSeconds(seconds));
    }
}

Console.WriteLine();
Console.WriteLine($"{"scenario",-32} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"requests",9} {"errors",7}");
foreach (var measurement in measurements.Values)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{measurement.Name,-32} {measurement.RequestsPerSecond,10:0} {measurement.P50,8:0.00} {measurement.P99,8:0.00} {measurement.Count,9} {measurement.Errors,7}"));
}
Console.WriteLine();
Ratio("gRPC: gateway / direct", measurements["gRPC via gateway"], measurements["gRPC direct to service"]);
Ratio("REST: gateway / direct", measurements["REST via gateway (HTTP/1.1)"], measurements["REST direct to service (h2c)"]);
Ratio("gateway: REST / gRPC", measurements["REST via gateway (HTTP/1.1)"], measurements["gRPC via gateway"]);

void Ratio(string label, Measurement a, Measurement b) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-26} throughput x{a.RequestsPerSecond / b.RequestsPerSecond:0.00}   p50 x{a.P50 / b.P50:0.00}   p99 x{a.P99 / b.P99:0.00}"));

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
