using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// What Aspire leaves undone: a platform process that exits on its own (Aspire shows it "Finished") is
/// started again with the start command, at once and then with back-off. A stop an operator asked for
/// (the dashboard's stop command goes through "Stopping") is not undone, and nothing restarts while the host stops.
/// </summary>
public sealed class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    ConsoleOutput output,
    TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var trackers = new Dictionary<string, Tracker>(StringComparer.Ordinal);
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping.Token))
            {
                if (!update.Resource.Annotations.OfType<SupervisedAnnotation>().Any())
                {
                    continue;
                }
                if (!trackers.TryGetValue(update.Resource.Name, out var tracker))
                {
                    tracker = new Tracker();
                    trackers[update.Resource.Name] = tracker;
                }
                var state = update.Snapshot.State?.Text;
                if (state == tracker.LastState)
                {
                    continue;
                }
                var previous = tracker.LastState;
                tracker.LastState = state;
                if (state == KnownResourceStates.Stopping)
                {
                    tracker.StopRequested = true;
                }
                else if (state == KnownResourceStates.Starting || state == KnownResourceStates.Waiting)
                {
                    tracker.StopRequested = false;
                }
                else if (state == KnownResourceStates.Running)
                {
                    tracker.StartedAt = time.GetUtcNow();
                }
                else if (state is not null && KnownResourceStates.TerminalStates.Contains(state) && previous is not null && !stopping.IsCancellationRequested)
                {
                    OnExited(update, tracker, stopping.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping: nothing is restarted any more.
        }
    }

    private void OnExited(ResourceEvent update, Tracker tracker, CancellationToken stopping)
    {
        var name = update.Resource.Name;
        var exitCode = update.Snapshot.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
        if (tracker.StopRequested)
        {
            output.Host($"{name} exited with code {exitCode}; stopped by an operator, not restarted");
            return;
        }
        tracker.ConsecutiveCrashes = RestartBackoff.NextCount(tracker.ConsecutiveCrashes, time.GetUtcNow() - tracker.StartedAt);
        var delay = RestartBackoff.Delay(tracker.ConsecutiveCrashes);
        output.Host($"{name} exited with code {exitCode}; restarting in {delay.TotalSeconds:0} s");
        _ = RestartAsync(update.ResourceId, name, delay, stopping);
    }

    private async Task RestartAsync(string resourceId, string name, TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, time, stopping);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stopping);
            if (!result.Success)
            {
                output.Host($"{name} could not be restarted: {result.Message}");
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host stopped during the back-off.
        }
    }

    private sealed class Tracker
    {
        public string? LastState { get; set; }
        public bool StopRequested { get; set; }
        public DateTimeOffset StartedAt { get; set; }
        public int ConsecutiveCrashes { get; set; }
    }
}
