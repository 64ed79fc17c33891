using System.Diagnostics;
using GiaLaiIct.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GiaLaiIct.ServiceKit.Tests;

/// <summary>
/// The share of traces a process records (<c>Telemetry:TraceSampleRatio</c>), seen from a real request on
/// loopback: whether the request's own activity is recorded. A trace the caller chose to record (the sampled
/// flag of <c>traceparent</c>) is recorded whatever the share.
/// </summary>
public sealed class TraceSamplingTests
{
    private const string SampledParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private const string UnsampledParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("0", null, false)]
    [InlineData("0", SampledParent, true)]
    [InlineData("1", UnsampledParent, false)]
    public async Task A_request_is_recorded_by_the_configured_share_or_its_callers_choice(string? ratio, string? traceParent, bool recorded)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (ratio is not null)
        {
            builder.Configuration[ServiceDefaultsExtensions.TraceSampleRatioKey] = ratio;
        }
        builder.ConfigureOpenTelemetry();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/recorded", () => Activity.Current?.Recorded == true ? "yes" : "no");
        await app.StartAsync();

        // By hand over a socket (HTTP/1.0: one plain body, then the server closes): an HttpClient of this process would
        // put its own trace context on the request.
        var address = new Uri(app.Urls.First());
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        var headers = traceParent is null ? "" : $"traceparent: {traceParent}\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET /recorded HTTP/1.0\r\nHost: test\r\n{headers}\r\n"));
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync();
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];

        Assert.Equal(recorded ? "yes" : "no", body);
    }
}
