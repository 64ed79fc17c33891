using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>
/// The operator dashboard in a real Chromium (Debian's, driven by playwright-core from Dashboard/): every
/// resource row Running, a gateway call traced across services, gRPC failures visible in the metrics. It only reads
/// the dashboard and writes a point of its own, so it shares the collection's system.
/// </summary>
[Collection(RunningSystemFixture.Collection)]
public sealed class DashboardTests(RunningSystemFixture fixture)
{
    private static readonly string[] Resources = ["cache", "reporting", "it", "telecom", "press", "inspection", "gateway"];

    [Fact]
    public async Task The_dashboard_shows_every_resource_running_a_trace_across_services_and_grpc_status_in_the_metrics()
    {
        var system = fixture.System;
        using var http = await system.CreateHttpClientAsync("admin");
        using var channel = await system.CreateGrpcChannelAsync("admin");

        // A write through the gateway that the owning service checks against Reporting's units.
        using var created = await http.PostAsJsonAsync("/api/v1/provinces/64/postal-points",
            new { id = "DASH-1", name = "Điểm BĐVHX Chư Á", kind = "bdvhx", unit = "23557", status = "active", openedOn = "2018-06-01" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        // A failed gRPC call (HTTP 200 with grpc-status 3).
        var failure = await Assert.ThrowsAsync<RpcException>(() => new PostalServicePoints.PostalServicePointsClient(channel)
            .CreatePostalPointAsync(new CreatePostalPointRequest { Province = "64", Id = "DASH-2" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);

        var screenshot = Path.Combine(system.DataDirectory, "dashboard.png");
        var result = await RunCheckAsync(system.DashboardLoginUrl ?? throw new InvalidOperationException("the host printed no dashboard URL"), screenshot);

        foreach (var resource in Resources)
        {
            Assert.True(result["resources"]?[resource]?.GetValue<string>() == "Running",
                $"{resource} is not Running in the dashboard; its rows read: {result["rows"]?.ToJsonString() ?? result["resources"]?.ToJsonString()}");
        }
        var traces = result["gatewayTraces"]!.AsArray().Select(trace => trace!["spans"]!.AsArray().Select(span => span!.GetValue<string>()).ToList()).ToList();
        Assert.Contains(traces, spans => spans.Contains("gateway") && spans.Intersect(Resources.Except(["gateway", "cache"])).Any());
        Assert.Contains("grpc.status", result["metricsText"]!.GetValue<string>());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private static async Task<JsonNode> RunCheckAsync(Uri login, string screenshot)
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "EndToEnd.Tests", "Dashboard", "check-dashboard.mjs");
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "playwright-core")),
            "playwright-core is not installed: npm ci --prefix tests/EndToEnd.Tests/Dashboard (.ci/run does it)");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, login.ToString(), screenshot, string.Join(',', Resources) })
        {
            start.ArgumentList.Add(argument);
        }
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"the dashboard check failed: {await error}");
        return JsonNode.Parse((await output).Trim().Split('\n')[^1])!;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GiaLaiIct.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
