using System.Diagnostics;
using System.Globalization;
using System.Net;
using GiaLaiIct.Bench;
using GiaLaiIct.TestSupport;

// The app host's own goals, measured on the real system: start to all healthy on a built tree, the whole system's
// memory (PSS of every process the host started) at idle after the Gia Lai 2018 import, and, per service, kill -9
// to the first request answered 200 through the gateway.
//   dotnet run -c Release --project bench/AppHost.Bench -- [--idle-seconds 15]
var idleSeconds = args.Length == 2 && args[0] == "--idle-seconds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
var startWatch = Stopwatch.StartNew();
await using var system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(3), new Dictionary<string, string>
{
    ["RateLimiting__Burst"] = "100000000",
    ["RateLimiting__TokensPerSecond"] = "100000000",
});
Console.WriteLine($"Start to all healthy (host process launched → healthy line): {startWatch.Elapsed.TotalSeconds:F1} s");

using var gateway = new GatewayCaller(system);
using (var import = await gateway.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/v1/provinces/64/datasets")
{
    Content = ProvinceDataset.GiaLai2018().ToZipContent(),
}))
{
    if (!import.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"Import failed: {(int)import.StatusCode} {await import.Content.ReadAsStringAsync()}");
    }
}
Console.WriteLine($"Fixture imported; idle for {idleSeconds} s before measuring memory.");
await Task.Delay(TimeSpan.FromSeconds(idleSeconds));

var processes = ProcessTree.StartedBy(system.HostProcessId).Prepend(system.HostProcessId).ToList();
var names = system.ProcessIds.ToDictionary(pair => pair.Value, pair => pair.Key);
long total = 0;
Console.WriteLine("Memory at idle (PSS, MiB):");
foreach (var pid in processes)
{
    var pss = ProcessTree.PssKiB(pid);
    if (pss is null)
    {
        continue;
    }
    total += pss.Value;
    var label = pid == system.HostProcessId ? "app host" : names.TryGetValue(pid, out var resource) ? resource : ProcessTree.Describe(pid);
    Console.WriteLine($"  {label,-28} pid {pid,7}  {pss.Value / 1024d,8:F1}");
}
Console.WriteLine($"  {"whole system",-28} {processes.Count,3} procs  {total / 1024d,8:F1}");

// One read per service, answered by that service through the gateway (the gateway itself: its token endpoint).
var probes = new (string Resource, string Path)[]
{
    ("reporting", "/api/v1/provinces/64/units?parent=622"),
    ("it", "/api/v1/provinces/64/online-services"),
    ("telecom", "/api/v1/provinces/64/postal-points"),
    ("press", "/api/v1/provinces/64/press-organisations"),
    ("inspection", "/api/v1/provinces/64/inspections"),
    ("gateway", "/api/v1/provinces"),
};
Console.WriteLine("kill -9 → first 200 through the gateway:");
foreach (var (resource, path) in probes)
{
    using (var warm = await gateway.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path)))
    {
        warm.EnsureSuccessStatusCode();
    }
    var pid = system.ProcessIdOf(resource);
    var watch = Stopwatch.StartNew();
    using (var victim = Process.GetProcessById(pid))
    {
        victim.Kill();
        await victim.WaitForExitAsync();
    }
    // The first answer may still come from the process that was just killed only if the kill had not landed; it has.
    while (true)
    {
        try
        {
            using var response = await gateway.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path));
            if (response.StatusCode == HttpStatusCode.OK && system.ProcessIdOf(resource) != pid)
            {
                break;
            }
        }
        catch (HttpRequestException)
        {
            // The gateway itself is down: keep asking.
        }
        if (watch.Elapsed > TimeSpan.FromSeconds(90))
        {
            throw new TimeoutException($"{resource} did not answer within 90 s of kill -9");
        }
        await Task.Delay(50);
    }
    Console.WriteLine($"  {resource,-12} {watch.Elapsed.TotalSeconds,6:F2} s  (pid {pid} → {system.ProcessIdOf(resource)})");
    await Task.Delay(TimeSpan.FromSeconds(2));
}
