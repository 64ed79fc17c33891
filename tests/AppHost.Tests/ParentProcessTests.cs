using System.Diagnostics;
using GiaLaiIct.AppHost.Hosting;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.AppHost.Tests;

/// <summary>
/// The host leaves out DCP's watcher process beside every process it runs; instead each process, asked to by
/// the host, stops by itself once the process that started it is gone. Real processes: a shell starts the
/// built cache or Reporting service in the background, then the shell is killed with SIGKILL.
/// </summary>
public sealed class ParentProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string, bool> Cases => new()
    {
        { "cache", true },
        { "cache", false },
        { "reporting", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_process_asked_to_stop_with_its_parent_is_gone_soon_after_the_parent_is_killed(string resource, bool stopWithParent)
    {
        using var data = new TempDirectory();
        var port = EmbeddedRedis.FreePort();
        var (assembly, arguments, readyLine) = resource == "cache"
            ? (ResourceAssemblies.PathOf("GiaLaiIct.Cache"), new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Garnet listening")
            : (ResourceAssemblies.PathOf("GiaLaiIct.Reporting"), [], "Application started");
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        // The shell starts the process in the background, says its id, and waits: the process's parent is the shell.
        foreach (var argument in new[] { "-c", "\"$@\" & echo \"pid:$!\"; wait", "sh", "dotnet", "exec", assembly }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://localhost:{port}";
        start.Environment["ConnectionStrings__reportingdb"] = $"Data Source={data.File("reporting.db")}";
        start.Environment["Hosting__StopWithParent"] = stopWithParent ? "true" : "false";

        using var shell = Process.Start(start)!;
        var pid = 0;
        try
        {
            using var patience = new CancellationTokenSource(Patience);
            string? line;
            while ((line = await shell.StandardOutput.ReadLineAsync(patience.Token)) is not null && !line.Contains(readyLine, StringComparison.Ordinal))
            {
                if (line.StartsWith("pid:", StringComparison.Ordinal))
                {
                    pid = int.Parse(line["pid:".Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            Assert.NotNull(line);
            Assert.True(pid > 0, "the shell did not say the process's id");

            shell.Kill();
            await shell.WaitForExitAsync(patience.Token);

            // It checks its parent every second: one asked to stop is gone within a few; one not asked outlives 3 s.
            var wait = stopWithParent ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(3);
            var watch = Stopwatch.StartNew();
            while (RunningSystem.IsRunning(pid) && watch.Elapsed < wait)
            {
                await Task.Delay(100, patience.Token);
            }
            Assert.Equal(!stopWithParent, RunningSystem.IsRunning(pid));
        }
        finally
        {
            if (pid > 0 && RunningSystem.IsRunning(pid))
            {
                using var leftover = Process.GetProcessById(pid);
                leftover.Kill();
            }
        }
    }
}
