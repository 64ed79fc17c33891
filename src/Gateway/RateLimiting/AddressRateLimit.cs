namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// Limits requests without a bearer token, token requests included (so secrets cannot be guessed at
/// speed), by remote address. It runs before authentication, where the token endpoint answers.
/// Health probes are not limited.
/// </summary>
public sealed class AddressRateLimit(RequestDelegate next, DistributedTokenBucket bucket, RateLimitResponse response)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HasBearerToken(context) || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive"))
        {
            await next(context);
            return;
        }
        var (allowed, retryAfter) = await bucket.TryTakeAsync(PartitionOf(context));
        if (allowed)
        {
            await next(context);
            return;
        }
        await response.WriteAsync(context, retryAfter);
    }

    internal static bool HasBearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    internal static string PartitionOf(HttpContext context) => "address:" + context.Connection.RemoteIpAddress;
}
