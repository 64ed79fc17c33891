using System.Diagnostics;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using GiaLaiIct.TestSupport;
using TempDirectory = GiaLaiIct.TestSupport.TempDirectory;

namespace GiaLaiIct.AppHost.Tests;

/// <summary>
/// The real host's model started by Aspire's testing builder: real processes under DCP. A crashed service
/// comes back by itself; one an operator stopped stays stopped until started; disposing leaves no process.
/// </summary>
public sealed class HostRunTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_crashed_service_is_restarted_at_once_an_operator_stop_is_kept_and_nothing_outlives_the_host()
    {
        using var data = new TempDirectory();
        var gatewayPort = EmbeddedRedis.FreePort();
        string[] args =
        [
            "--data-dir", data.File("data"),
            "--gateway-port", gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-grpc-port", EmbeddedRedis.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dashboard-port", EmbeddedRedis.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(args);
        var app = await builder.BuildAsync();
        var pids = new List<int>();
        await using (app)
        {
            using var patience = new CancellationTokenSource(Patience);
            await app.StartAsync(patience.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", patience.Token);
            using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{gatewayPort}") };
            using (var health = await http.GetAsync("/health", patience.Token))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }

            // kill -9 of telecom: back with a new process, by itself.
            var telecom = await PidAsync(app, "telecom", except: 0, patience.Token);
            pids.Add(telecom);
            using (var victim = Process.GetProcessById(telecom))
            {
                victim.Kill();
            }
            var watch = Stopwatch.StartNew();
            var restarted = await PidAsync(app, "telecom", except: telecom, patience.Token);
            pids.Add(restarted);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("telecom", patience.Token);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"telecom came back after {watch.Elapsed}");

            // An operator's stop is not undone.
            pids.Add(await PidAsync(app, "it", except: 0, patience.Token));
            var stop = await app.ResourceCommands.ExecuteCommandAsync("it", KnownResourceCommands.StopCommand, patience.Token);
            Assert.True(stop.Success, stop.Message);
            await app.ResourceNotifications.WaitForResourceAsync("it", KnownResourceStates.TerminalStates, patience.Token);
            await Task.Delay(TimeSpan.FromSeconds(5), patience.Token);
            Assert.True(app.ResourceNotifications.TryGetCurrentState("it", out var stopped));
            Assert.Contains(stopped.Snapshot.State?.Text, KnownResourceStates.TerminalStates);

            // … and the operator's start brings it back.
            var start = await app.ResourceCommands.ExecuteCommandAsync("it", KnownResourceCommands.StartCommand, patience.Token);
            Assert.True(start.Success, start.Message);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("it", patience.Token);
            foreach (var name in new[] { "cache", "reporting", "press", "inspection", "gateway", "it" })
            {
                pids.Add(await PidAsync(app, name, except: 0, patience.Token));
            }
            await app.StopAsync(patience.Token);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(pids, pid => Assert.False(RunningSystem.IsRunning(pid), $"process {pid} outlived the host"));
    }

    private static async Task<int> PidAsync(DistributedApplication app, string resource, int except, CancellationToken cancellationToken)
    {
        var update = await app.ResourceNotifications.WaitForResourceAsync(resource, candidate =>
            candidate.Snapshot.State?.Text == KnownResourceStates.Running && Pid(candidate) is { } pid && pid != 0 && pid != except, cancellationToken);
        return Pid(update)!.Value;
    }

    private static int? Pid(ResourceEvent update) =>
        update.Snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value is { } value
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
