using GiaLaiIct.Gateway.Identity;
using GiaLaiIct.ServiceDefaults;

namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// Limits requests without a bearer token, and every token request whatever headers it carries (so
/// secrets cannot be guessed at speed), by remote address. It runs before authentication, where the
/// token endpoint answers. Health probes are not limited.
/// </summary>
public sealed class AddressRateLimit(RequestDelegate next, LeasedTokenBuckets bucket, RateLimitResponse response)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // A token request is answered before ClientRateLimit runs, so a bearer header must not exempt it here.
        var isTokenRequest = context.Request.Path.StartsWithSegments(IdentityEndpoints.Token);
        if ((HasBearerToken(context) && !isTokenRequest)
            || context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath)
            || context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath))
        {
            await next(context);
            return;
        }
        var decision = await bucket.TryTakeAsync(PartitionOf(context));
        if (decision.Allowed)
        {
            await next(context);
            return;
        }
        await response.WriteAsync(context, decision.RetryAfter);
    }

    internal static bool HasBearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    internal static string PartitionOf(HttpContext context) => "address:" + context.Connection.RemoteIpAddress;
}
