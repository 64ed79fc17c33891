using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// The host's console: each platform process's output behind its name, its starts with their process ids,
/// and, once every resource reports healthy, the gateway URLs and the dashboard's login URL.
/// </summary>
public sealed class ResourceConsole(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    IHostApplicationLifetime lifetime,
    IConfiguration configuration,
    AppHostOptions options,
    ConsoleOutput output) : BackgroundService
{
    public const string HealthyLine = "All resources are healthy.";
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _started = new(StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var supervised = model.Resources.Where(resource => resource.Annotations.OfType<SupervisedAnnotation>().Any()).ToList();
        lifetime.ApplicationStopped.Register(() =>
        {
            StoppedProcesses.AwaitExit(_started.Values, output);
            output.Host("All resources stopped.");
        });
        var tasks = supervised.Select(resource => ForwardLogsAsync(resource, stoppingToken)).ToList();
        tasks.Add(AnnounceProcessesAsync(stoppingToken));
        tasks.Add(AnnounceHealthyAsync(supervised, stoppingToken));
        return Task.WhenAll(tasks);
    }

    private async Task ForwardLogsAsync(IResource resource, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(stoppingToken))
            {
                foreach (var line in batch)
                {
                    output.Write(resource.Name, WithoutTimestamp(line.Content));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private async Task AnnounceProcessesAsync(CancellationToken stoppingToken)
    {
        var announced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (!update.Resource.Annotations.OfType<SupervisedAnnotation>().Any())
                {
                    continue;
                }
                var pid = update.Snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value;
                if (pid is null or 0 or "0" || (announced.TryGetValue(update.Resource.Name, out var known) && Equals(known, pid)))
                {
                    continue;
                }
                announced[update.Resource.Name] = pid;
                _started[update.Resource.Name] = Convert.ToInt32(pid, CultureInfo.InvariantCulture);
                output.Host($"{update.Resource.Name} started (pid {Convert.ToString(pid, CultureInfo.InvariantCulture)})");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private async Task AnnounceHealthyAsync(IReadOnlyList<IResource> supervised, CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(supervised.Select(async resource =>
            {
                await notifications.WaitForResourceHealthyAsync(resource.Name, stoppingToken);
                output.Host($"{resource.Name} is healthy at {AddressOf(resource)}");
            }));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        output.Host(HealthyLine);
        output.Host($"Gateway (REST):  http://localhost:{options.GatewayPort}");
        output.Host($"Gateway (gRPC):  http://localhost:{options.GatewayGrpcPort}");
        var token = configuration["AppHost:BrowserToken"];
        var dashboard = DashboardSettings.DashboardUrl(options).ToString().TrimEnd('/');
        output.Host($"Dashboard:       {(string.IsNullOrEmpty(token) ? dashboard : $"{dashboard}/login?t={token}")}");
        output.Host($"Data directory:  {options.DataDirectory}");
        output.Host($"Cache:           {(options.ConfiguredConnectionString("cache") is { } external ? "external Redis at " + external : "embedded Garnet")}");
    }

    /// <summary>The orchestrator stamps every line with its own UTC time; the services' lines carry theirs already.</summary>
    private static string WithoutTimestamp(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space == 28 && line[4] == '-' && line[27] == 'Z' ? line[(space + 1)..] : line;
    }

    private static string AddressOf(IResource resource) =>
        resource.Annotations.OfType<EndpointAnnotation>().FirstOrDefault() is { Port: { } port } endpoint
            ? $"{(endpoint.UriScheme == "tcp" ? "tcp" : "http")}://localhost:{port}"
            : "(no endpoint)";
}
