using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GiaLaiIct.Bench;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Google.Protobuf;
using Grpc.Net.Client;

// Gateway overhead: the same unary read (one administrative unit, served from the service's cache)
// called directly at the Reporting service and through the gateway, over gRPC and over REST,
// interleaved round by round in one run so machine drift hits every scenario alike. Two load
// generators: the in-process .NET one, and h2load (nghttp2-client) from outside, which also drives
// nginx and HAProxy set up as plain gRPC proxies in front of the same service, for comparison, and YARP alone (bench/PlainYarp).
//   dotnet run -c Release --project bench/GiaLaiIct.Bench -- [--seconds 3] [--rounds 3] [--concurrency 16]
//     [--trace-ratio 0.1] [--profile <output base> [--profile-seconds 10] [--tools <dir of dotnet-trace, dotnet-counters>]]
var seconds = Option("--seconds", 3);
var rounds = Option("--rounds", 3);
var concurrency = Option("--concurrency", 16);
var profileBase = TextOption("--profile");
var profileSeconds = Option("--profile-seconds", 10);
var toolDirectory = TextOption("--tools");
var traceSampleRatio = TextOption("--trace-ratio") ?? "0.1";
var round = TimeSpan.FromSeconds(seconds);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine($"Load average at start: {LoadAverage()}");
Console.WriteLine($"Share of traces recorded by every process: {traceSampleRatio}");
Console.WriteLine("Starting the system (real AppHost, real processes, loopback only)...");
// The gateway's per-client limit stays on (its cost is part of the hop) but with a bucket no run can empty.
// Every process records the same share of traces (--trace-ratio; a cluster's gateway records a tenth), so both paths trace alike:
// straight at the service, it samples; through the gateway, the gateway samples and the service follows.
await using var system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(3), new Dictionary<string, string>
{
    ["RateLimiting__Burst"] = "100000000",
    ["RateLimiting__TokensPerSecond"] = "100000000",
    ["Telemetry__TraceSampleRatio"] = traceSampleRatio,
});
var reportingLine = await system.WaitForOutputAsync(new Regex(@"reporting is healthy at (?<url>\S+)"), TimeSpan.FromSeconds(5));
var reportingUrl = new Uri(new Regex(@"at (?<url>\S+)").Match(reportingLine).Groups["url"].Value);
var gatewayPid = system.ProcessIdOf("gateway");
await using var gatewayMemory = new ResidentMemory(gatewayPid);
using var work = new TempDirectory();

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
const string grpcPath = "/gialai.ict.reporting.v1.AdministrativeUnits/GetUnit";

var scenarios = new[]
{
    new Scenario("gRPC direct to service", async ct => await direct.GetUnitAsync(request, cancellationToken: ct)),
    new Scenario("gRPC via gateway", async ct => await viaGateway.GetUnitAsync(request, cancellationToken: ct)),
    new Scenario("REST direct to service (h2c)", async ct => (await restDirect.GetAsync(restPath, ct)).EnsureSuccessStatusCode().Dispose()),
    new Scenario("REST via gateway (HTTP/1.1)", async ct => (await restGateway.GetAsync(restPath, ct)).EnsureSuccessStatusCode().Dispose()),
};
var measurements = scenarios.ToDictionary(scenario => scenario.Name, scenario => new Measurement(scenario.Name));

// The outside load generator, and the plain proxies it is compared with.
var h2loadInstalled = H2Load.IsInstalled();
await using var nginx = h2loadInstalled ? await TryStartAsync(() => PlainProxy.StartNginxAsync(reportingUrl, work.Path)) : null;
await using var haproxy = h2loadInstalled ? await TryStartAsync(() => PlainProxy.StartHaproxyAsync(reportingUrl, work.Path)) : null;
await using var yarp = h2loadInstalled ? await TryStartAsync(() => PlainProxy.StartYarpAsync(reportingUrl)) : null;
var grpcBody = Path.Combine(work.Path, "get-unit.grpc");
await File.WriteAllBytesAsync(grpcBody, GrpcFrame(request));
string[] grpcHeaders = ["content-type: application/grpc", "te: trailers", "authorization: Bearer " + token];
string[] restHeaders = ["authorization: Bearer " + token];
var targets = new List<H2Load>();
if (h2loadInstalled)
{
    targets.Add(new H2Load("h2load gRPC direct", new Uri(reportingUrl, grpcPath), grpcHeaders, grpcBody, http1: false));
    targets.Add(new H2Load("h2load gRPC via gateway", new Uri(system.GatewayGrpcUrl, grpcPath), grpcHeaders, grpcBody, http1: false));
    foreach (var proxy in new[] { nginx, haproxy, yarp }.OfType<PlainProxy>())
    {
        // h2load counts HTTP statuses only; one real call through each path proves it answers gRPC, not just 200.
        using var channel = GrpcChannel.ForAddress(proxy.Url, new GrpcChannelOptions { HttpHandler = Authorized() });
        await new AdministrativeUnits.AdministrativeUnitsClient(channel).GetUnitAsync(request);
        targets.Add(new H2Load($"h2load gRPC via {proxy.Name}", new Uri(proxy.Url, grpcPath), grpcHeaders, grpcBody, http1: false));
    }
    targets.Add(new H2Load("h2load REST direct (h2c)", new Uri(reportingUrl, restPath), restHeaders, null, http1: false));
    targets.Add(new H2Load("h2load REST via gateway (h2c)", new Uri(system.GatewayGrpcUrl, restPath), restHeaders, null, http1: false));
    targets.Add(new H2Load("h2load REST via gateway (--h1)", new Uri(system.GatewayUrl, restPath), restHeaders, null, http1: true));
}
else
{
    Console.WriteLine("h2load not found (Debian package nghttp2-client): only the in-process load generator runs.");
}
foreach (var target in targets)
{
    measurements[target.Name] = new Measurement(target.Name);
}

Console.WriteLine($"Warm-up, then {rounds} rounds of {seconds} s per scenario with {concurrency} concurrent callers (h2load: {concurrency} connections, one stream each)...");
foreach (var scenario in scenarios)
{
    await new Measurement("warm-up").RunRoundAsync(scenario, concurrency, TimeSpan.FromSeconds(1));
}
foreach (var target in targets)
{
    await target.RunRoundAsync(new Measurement("warm-up"), concurrency, TimeSpan.FromSeconds(1), null, work.Path);
}
for (var i = 0; i < rounds; i++)
{
    foreach (var scenario in scenarios)
    {
        await measurements[scenario.Name].RunRoundAsync(scenario, concurrency, round);
    }
    foreach (var target in targets)
    {
        await target.RunRoundAsync(measurements[target.Name], concurrency, round, null, work.Path);
    }
}
var peakUnderLoad = gatewayMemory.PeakBytes;
var peakComposition = gatewayMemory.PeakComposition;

// Latency at a steady half of what the service alone sustains: the hop's own cost, not queueing.
var halfRate = new List<Measurement>();
if (targets.Count > 0)
{
    var directMax = measurements["h2load gRPC direct"].RequestsPerSecond;
    var perClient = Math.Max(1, (int)(directMax / 2 / concurrency));
    var paced = targets.Take(2).ToList();
    halfRate.AddRange(paced.Select(target => new Measurement($"{target.Name} at {perClient * concurrency} req/s")));
    for (var i = 0; i < rounds; i++)
    {
        for (var t = 0; t < paced.Count; t++)
        {
            await paced[t].RunRoundAsync(halfRate[t], concurrency, round, perClient, work.Path);
        }
    }
}

if (profileBase is not null && targets.Count > 0)
{
    Console.WriteLine($"Profiling the gateway (pid {gatewayPid}) for {profileSeconds} s under h2load gRPC load...");
    var gatewayTarget = targets[1];
    await Profiler.RunAsync(gatewayPid, profileBase, TimeSpan.FromSeconds(profileSeconds), toolDirectory,
        () => gatewayTarget.RunRoundAsync(new Measurement("profiled"), concurrency, TimeSpan.FromSeconds(profileSeconds - 2), null, work.Path));
}

Console.WriteLine();
Console.WriteLine($"Load average at end: {LoadAverage()}");
Console.WriteLine($"{"scenario",-44} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"requests",9} {"errors",7}");
foreach (var measurement in measurements.Values.Concat(halfRate))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{measurement.Name,-44} {measurement.RequestsPerSecond,10:0} {measurement.P50,8:0.00} {measurement.P99,8:0.00} {measurement.Count,9} {measurement.Errors,7}"));
}
Console.WriteLine();
Ratio(".NET gRPC: gateway / direct", measurements["gRPC via gateway"], measurements["gRPC direct to service"]);
Ratio(".NET REST: gateway / direct", measurements["REST via gateway (HTTP/1.1)"], measurements["REST direct to service (h2c)"]);
foreach (var target in targets.Skip(1))
{
    var baseline = target.Name.Contains("REST", StringComparison.Ordinal) ? measurements["h2load REST direct (h2c)"] : measurements["h2load gRPC direct"];
    if (!ReferenceEquals(baseline, measurements[target.Name]))
    {
        Ratio(target.Name.Replace("h2load ", "h2load: ", StringComparison.Ordinal) + " / direct", measurements[target.Name], baseline);
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Gateway resident memory: peak {peakUnderLoad / 1048576.0:0} MB under load ({peakComposition}), {(gatewayMemory.CurrentBytes() ?? 0) / 1048576.0:0} MB now"));
if (targets.Count > 0)
{
    var grpc = measurements["h2load gRPC via gateway"].RequestsPerSecond / measurements["h2load gRPC direct"].RequestsPerSecond;
    var addedP99 = halfRate[1].P99 - halfRate[0].P99;
    string[] restThroughGateway = ["h2load REST via gateway (h2c)", "h2load REST via gateway (--h1)"];
    var restRatios = restThroughGateway.Select(name => measurements[name].RequestsPerSecond / measurements["h2load REST direct (h2c)"].RequestsPerSecond).ToList();
    Console.WriteLine("Goals (h2load, this run):");
    Goal($"gRPC via gateway / direct = x{grpc:0.00}", ">= x0.75", grpc >= 0.75);
    Goal($"p99 added at half the direct maximum = {addedP99:0.00} ms", "< 1 ms", addedP99 < 1);
    Goal($"REST via gateway / direct = x{restRatios[0]:0.00} (h2c), x{restRatios[1]:0.00} (HTTP/1.1)", ">= x0.60", restRatios.Min() >= 0.6);
    Goal($"gateway peak RSS = {peakUnderLoad / 1048576.0:0} MB", "< 150 MB", peakUnderLoad < 150L * 1048576);
}

void Goal(string figure, string goal, bool met) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(met ? "MET " : "MISS")}  {figure,-64} goal {goal}"));

void Ratio(string label, Measurement a, Measurement b) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-44} throughput x{a.RequestsPerSecond / b.RequestsPerSecond:0.00}   p50 x{a.P50 / b.P50:0.00}   p99 x{a.P99 / b.P99:0.00}"));

static byte[] GrpcFrame(IMessage message)
{
    // A gRPC message on the wire: not compressed (0), big-endian length, the protobuf bytes.
    var payload = message.ToByteArray();
    var frame = new byte[5 + payload.Length];
    BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1, 4), payload.Length);
    payload.CopyTo(frame.AsSpan(5));
    return frame;
}

static async Task<PlainProxy?> TryStartAsync(Func<Task<PlainProxy>> start)
{
    try
    {
        return await start();
    }
    catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
    {
        Console.WriteLine($"Proxy not started ({exception.Message}); install the Debian packages nginx and haproxy to compare with them.");
        return null;
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

int Option(string name, int fallback) => TextOption(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? TextOption(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
