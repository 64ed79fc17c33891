using System.Net;
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
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy(body)
                : new HealthCheckResult(context.Registration.FailureStatus, $"{resourceName} answered {(int)response.StatusCode}: {body}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{resourceName} is unreachable: {exception.Message}");
        }
    }
}
