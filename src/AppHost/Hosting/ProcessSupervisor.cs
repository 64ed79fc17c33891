using CliWrap;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// Keeps one project resource running: starts it, forwards its output, restarts it with growing
/// back-off when it exits on its own, and on shutdown interrupts it and kills it (with its
/// children) if it has not stopped within the grace period.
/// </summary>
public sealed class ProcessSupervisor(ProjectResource resource, ConsoleOutput output, TimeProvider time)
{
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public ProjectResource Resource => resource;

    public static TimeSpan Backoff(int consecutiveFailures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(consecutiveFailures, 10))));

    public async Task RunAsync(CancellationToken stopping)
    {
        var assemblyPath = ResourceAssemblies.PathOf(resource.AssemblyName);
        var consecutiveFailures = 0;
        while (!stopping.IsCancellationRequested)
        {
            using var forceful = new CancellationTokenSource();
            await using var escalate = stopping.Register(() => forceful.CancelAfter(ShutdownGrace));

            var command = Cli.Wrap("dotnet")
                .WithArguments(["exec", assemblyPath])
                .WithWorkingDirectory(Path.GetDirectoryName(assemblyPath)!)
                .WithEnvironmentVariables(resource.Environment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value))
                .WithStandardOutputPipe(PipeTarget.ToDelegate(line => output.Write(resource.Name, line)))
                .WithStandardErrorPipe(PipeTarget.ToDelegate(line => output.Write(resource.Name, line)))
                .WithValidation(CommandResultValidation.None);

            var startedAt = time.GetUtcNow();
            int? exitCode = null;
            try
            {
                var running = command.ExecuteAsync(forceful.Token, stopping);
                output.Host($"{resource.Name} started (pid {running.ProcessId})");
                exitCode = (await running).ExitCode;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                output.Host($"{resource.Name} stopped");
                return;
            }

            if (stopping.IsCancellationRequested)
            {
                output.Host($"{resource.Name} stopped (exit code {exitCode})");
                return;
            }

            consecutiveFailures = time.GetUtcNow() - startedAt > StableAfter ? 0 : consecutiveFailures + 1;
            var delay = Backoff(consecutiveFailures);
            output.Host($"{resource.Name} exited with code {exitCode}; restarting in {delay.TotalSeconds:0} s");
            try
            {
                await Task.Delay(delay, time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
