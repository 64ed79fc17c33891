using System.Diagnostics;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// The orchestrator stops the processes after the host's own shutdown has begun and may still be at it when
/// the host would exit; the host waits for every process it saw start, and kills what outlives the grace period,
/// so that none is left behind.
/// </summary>
public static class StoppedProcesses
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(7);

    public static void AwaitExit(IEnumerable<int> pids, ConsoleOutput output)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var pid in pids.Distinct())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                var left = Grace - deadline.Elapsed;
                if (!process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero))
                {
                    output.Host($"process {pid} did not stop within {Grace.TotalSeconds:0} s; killing it");
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(TimeSpan.FromSeconds(2));
                }
            }
            catch (ArgumentException)
            {
                // Gone already.
            }
            catch (InvalidOperationException)
            {
                // Exited between the lookup and the wait.
            }
        }
    }
}
