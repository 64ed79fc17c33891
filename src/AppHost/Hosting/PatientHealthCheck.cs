using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// Asks the inner check every 200 ms for up to a few seconds before answering unhealthy. Aspire re-checks an
/// unhealthy resource only after 1, 2, 3 … 5 s, which would add seconds to every step of the start order
/// (cache → reporting → divisions → gateway); this way a resource counts as healthy within 200 ms of being so.
/// </summary>
public sealed class PatientHealthCheck(IHealthCheck inner, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(200);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var since = time.GetTimestamp();
        while (true)
        {
            var result = await inner.CheckHealthAsync(context, cancellationToken);
            if (result.Status != HealthStatus.Unhealthy || time.GetElapsedTime(since) >= Window)
            {
                return result;
            }
            await Task.Delay(Step, time, cancellationToken);
        }
    }
}
