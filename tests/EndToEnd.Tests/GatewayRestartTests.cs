using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>
/// The gateway issues the tokens every service checks. Restarting it must not lock clients out: in Development it
/// signs with the key kept in the data directory, and a service that meets a key it does not know fetches the
/// gateway's key set again at once (at most once per 10 s), not after its five-minute refresh.
/// </summary>
public sealed class GatewayRestartTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Tokens_from_before_two_quick_restarts_still_work_and_a_token_from_after_works_within_two_seconds()
    {
        await using var system = await RunningSystem.StartAsync(StartTimeout);
        var before = await system.RequestTokenAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, await ListProvincesAsync(system, before));

        var firstKill = Stopwatch.StartNew();
        await RestartGatewayAsync(system);
        await RestartGatewayAsync(system);
        var restarts = firstKill.Elapsed;
        var after = await EventuallyTokenAsync(system);
        var fetched = Stopwatch.StartNew();
        var afterStatus = await WithinAsync(() => ListProvincesAsync(system, after), TimeSpan.FromSeconds(2));
        var waited = fetched.Elapsed;
        var beforeStatus = await ListProvincesAsync(system, before);

        Assert.True(restarts < TimeSpan.FromSeconds(10), $"the two restarts took {restarts}, more than the 10 s the case is about");
        Assert.True(afterStatus == HttpStatusCode.OK, $"a token fetched after the second restart answered {afterStatus} for {waited}");
        Assert.Equal(HttpStatusCode.OK, beforeStatus);
        Assert.True(File.Exists(Path.Combine(system.DataDirectory, "data", "gateway-signing-key.pem")), "the Development key is not in the data directory");
    }

    [Fact]
    public async Task A_gateway_with_a_new_key_is_trusted_within_two_seconds_and_again_within_the_refetch_interval()
    {
        await using var system = await RunningSystem.StartAsync(StartTimeout);
        var keyFile = Path.Combine(system.DataDirectory, "data", "gateway-signing-key.pem");
        Assert.Equal(HttpStatusCode.OK, await ListProvincesAsync(system, await system.RequestTokenAsync("viewer")));

        // A new key: the file is gone, so the restarted gateway makes another one; the services know only the old one.
        File.Delete(keyFile);
        await RestartGatewayAsync(system);
        var first = await EventuallyTokenAsync(system);
        var firstWait = Stopwatch.StartNew();
        var firstStatus = await WithinAsync(() => ListProvincesAsync(system, first), TimeSpan.FromSeconds(2));
        var firstWaited = firstWait.Elapsed;

        // Another new key at once: the services fetched a moment ago, so the next fetch waits out the 10 s interval, no more.
        File.Delete(keyFile);
        await RestartGatewayAsync(system);
        var second = await EventuallyTokenAsync(system);
        var secondWait = Stopwatch.StartNew();
        var secondStatus = await WithinAsync(() => ListProvincesAsync(system, second), TimeSpan.FromSeconds(15));
        var secondWaited = secondWait.Elapsed;

        Assert.True(firstStatus == HttpStatusCode.OK, $"a token signed with the gateway's new key answered {firstStatus} for {firstWaited}");
        Assert.True(secondStatus == HttpStatusCode.OK, $"a token signed with the gateway's next key answered {secondStatus} for {secondWaited}");
    }

    /// <summary>Kills the gateway process and waits until the host has started it again.</summary>
    private static async Task RestartGatewayAsync(RunningSystem system)
    {
        var pid = system.ProcessIdOf("gateway");
        var seen = system.Output.Count;
        using (var gateway = Process.GetProcessById(pid))
        {
            gateway.Kill();
            await gateway.WaitForExitAsync();
        }
        await system.WaitForOutputAsync(new Regex(@"gateway started \(pid (?!" + pid + @"\))\d+\)"), TimeSpan.FromSeconds(30), seen);
    }

    private static Task<string> EventuallyTokenAsync(RunningSystem system) =>
        GatewayClients.EventuallyAsync(() => system.RequestTokenAsync("viewer"), TimeSpan.FromSeconds(30));

    private static async Task<HttpStatusCode> ListProvincesAsync(RunningSystem system, string token)
    {
        using var http = new HttpClient { BaseAddress = system.GatewayUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/provinces");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Calls until the answer is 200 or the time is up; answers the last status.</summary>
    private static async Task<HttpStatusCode> WithinAsync(Func<Task<HttpStatusCode>> call, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var status = await call();
            if (status == HttpStatusCode.OK || deadline.Elapsed > limit)
            {
                return status;
            }
            await Task.Delay(100);
        }
    }
}
