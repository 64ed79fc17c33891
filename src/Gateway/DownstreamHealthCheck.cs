using System.Net;
using System.Text.Json;
using GiaLaiIct.ServiceDefaults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaLaiIct.Gateway;

/// <summary>Asks one downstream resource for its <c>/health</c> over HTTP/2, through service discovery.</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string resourceName) : IHealthCheck
{
    public const string ClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(ClientName);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://{resourceName}/health")
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var report = TryRead(body);
            if (!response.IsSuccessStatusCode || report is null)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"{resourceName} answered {(int)response.StatusCode}: {body}");
            }
            // Name the downstream checks that are not healthy (its database, its cache) so operators see why.
            var failing = report.Checks.Where(check => check.Value.Status != nameof(HealthStatus.Healthy))
                .Select(check => $"{check.Key}: {check.Value.Status}").ToList();
            var description = failing.Count == 0 ? report.Status : $"{report.Status} ({string.Join(", ", failing)})";
            return report.Status == nameof(HealthStatus.Healthy)
                ? HealthCheckResult.Healthy(description)
                : HealthCheckResult.Degraded(description);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{resourceName} is unreachable: {exception.Message}");
        }
    }

    private static HealthReportBody? TryRead(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<HealthReportBody>(body, HealthJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
