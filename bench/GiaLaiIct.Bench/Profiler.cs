using System.Diagnostics;
using System.Globalization;

namespace GiaLaiIct.Bench;

/// <summary>
/// Where a process's time goes while it is under load: a dotnet-trace sample of its thread stacks and a
/// dotnet-counters record of its runtime and ASP.NET Core counters, both as dotnet tools (found on PATH
/// or in the directory given).
/// </summary>
internal static class Profiler
{
    public static async Task RunAsync(int pid, string outputBase, TimeSpan duration, string? toolDirectory, Func<Task> load)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputBase))!);
        var span = duration.ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture);
        var trace = ChildProcess.Start("dotnet-trace", Tool("dotnet-trace", toolDirectory),
            ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
             "--duration", span, "--format", "Speedscope", "-o", outputBase + ".nettrace"]);
        var counters = ChildProcess.Start("dotnet-counters", Tool("dotnet-counters", toolDirectory),
            ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--duration", span, "--refresh-interval", "1",
             "--counters", "System.Runtime,Microsoft.AspNetCore.Hosting,System.Net.Http,Microsoft-AspNetCore-Server-Kestrel",
             "--format", "csv", "-o", outputBase + ".counters.csv"]);
        // The tools need a moment to attach before the load they are to see begins.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await load();
        foreach (var tool in new[] { trace, counters })
        {
            using var bound = new CancellationTokenSource(duration + TimeSpan.FromSeconds(60));
            try
            {
                await tool.WaitForExitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                tool.Kill(entireProcessTree: true);
            }
            tool.Dispose();
        }
        Console.WriteLine($"Profile written: {outputBase}.nettrace (and .speedscope.json), {outputBase}.counters.csv");
    }

    private static string Tool(string name, string? directory) => directory is null ? name : Path.Combine(directory, name);
}
