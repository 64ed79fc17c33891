using Microsoft.Extensions.Hosting;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// Starts every resource once the resources it waits for are healthy, keeps them running,
/// announces the gateway when everything is healthy, and stops them all when the host stops.
/// </summary>
public sealed class Orchestrator(AppModel model, ConsoleOutput output, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan SlowStartWarning = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var probe = new HealthProbe();
        var healthy = model.Projects.ToDictionary(
            project => project,
            _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var supervisors = new List<Task>();

        var starts = model.Projects.Select(async project =>
        {
            await Task.WhenAll(project.WaitsFor.Select(dependency => healthy[dependency].Task)).WaitAsync(stoppingToken);
            var supervisor = new ProcessSupervisor(project, output, time);
            lock (supervisors)
            {
                supervisors.Add(supervisor.RunAsync(stoppingToken));
            }
            await WaitHealthyAsync(probe, project, stoppingToken);
            output.Host($"{project.Name} is healthy at {project.PrimaryEndpoint.Url}");
            healthy[project].TrySetResult();
        }).ToList();

        try
        {
            await Task.WhenAll(starts);
            output.Host("All resources are healthy.");
            foreach (var line in model.Announcements)
            {
                output.Host(line);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before everything came up; the supervisors below still stop their processes.
        }

        Task[] running;
        lock (supervisors)
        {
            running = [.. supervisors];
        }
        await Task.WhenAll(running);
        output.Host("All resources stopped.");
    }

    private async Task WaitHealthyAsync(HealthProbe probe, ProjectResource project, CancellationToken stoppingToken)
    {
        var since = time.GetUtcNow();
        var warned = false;
        while (!await probe.IsHealthyAsync(project.PrimaryEndpoint, stoppingToken))
        {
            if (!warned && time.GetUtcNow() - since > SlowStartWarning)
            {
                output.Host($"{project.Name} is not healthy after {SlowStartWarning.TotalSeconds:0} s; still waiting");
                warned = true;
            }
            await Task.Delay(ProbeInterval, time, stoppingToken);
        }
    }
}
