using System.Net;
using System.Text.RegularExpressions;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>The host's supervision of its processes: this kills one and stops the host, so it has a system of its own.</summary>
public sealed class ProcessSupervisionTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_killed_service_is_restarted_while_the_others_keep_answering_and_ctrl_c_leaves_nothing()
    {
        await using var system = await RunningSystem.StartAsync(StartTimeout);
        using var http = await system.CreateHttpClientAsync("admin");
        using var channel = await system.CreateGrpcChannelAsync("admin");
        var points = new PostalServicePoints.PostalServicePointsClient(channel);
        var services = new OnlinePublicServices.OnlinePublicServicesClient(channel);
        var before = await points.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });
        var killedPid = system.ProcessIdOf("telecom");
        var othersBefore = system.ProcessIds.Where(pair => pair.Key != "telecom").ToDictionary();
        var outputSeen = system.Output.Count;

        using (var victim = System.Diagnostics.Process.GetProcessById(killedPid))
        {
            victim.Kill();
            await victim.WaitForExitAsync();
        }
        await system.WaitForOutputAsync(new Regex(@"telecom exited with code"), TimeSpan.FromSeconds(10), outputSeen);

        // While telecom is down or coming back, the other services answer through the gateway.
        using var units = await http.GetAsync("/api/v1/provinces/64/units?parent=623");
        var itList = await services.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64" });
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.NotNull(itList);

        await system.WaitForOutputAsync(new Regex(@"telecom started \(pid (?!" + killedPid + @"\))\d+\)"), TimeSpan.FromSeconds(30), outputSeen);
        var after = await GatewayClients.EventuallyAsync(
            () => points.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" }).ResponseAsync,
            TimeSpan.FromSeconds(60));
        Assert.NotEqual(killedPid, system.ProcessIdOf("telecom"));
        Assert.Equal(before.Points.Count, after.Points.Count);
        Assert.Equal(othersBefore, system.ProcessIds.Where(pair => pair.Key != "telecom").ToDictionary());

        var children = system.ProcessIds.Values.ToList();
        var exitCode = await system.StopAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, exitCode);
        Assert.Contains("All resources stopped.", system.Transcript());
        Assert.All(children, pid => Assert.False(RunningSystem.IsRunning(pid), $"process {pid} is still running after Ctrl-C"));
    }
}
