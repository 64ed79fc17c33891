using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// A resource's <c>/health</c> in the HTTP version its endpoint speaks: the services listen for cleartext
/// HTTP/2 only (prior knowledge), which Aspire's own HTTP health check cannot speak. Healthy or degraded (200) counts as ready.
/// </summary>
public sealed class HttpHealthCheck(Uri health, Version version) : IHealthCheck, IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, health)
        {
            Version = version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        try
        {
            using var response = await _client.SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{health} answered {(int)response.StatusCode}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{health} unreachable: {exception.Message}");
        }
    }

    public void Dispose() => _client.Dispose();
}
