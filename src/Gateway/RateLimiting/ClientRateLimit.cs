using GiaLaiIct.Contracts.Security;

namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// Limits requests that carry a bearer token by the token's <c>client_id</c>. It runs after
/// authentication, which sets the caller; a token that does not validate (forged, expired) spends its
/// sender's address bucket, never the named client's.
/// </summary>
public sealed class ClientRateLimit(RequestDelegate next, LeasedTokenBuckets bucket, RateLimitResponse response)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!AddressRateLimit.HasBearerToken(context))
        {
            await next(context);
            return;
        }
        var partition = context.User.FindFirst(GiaLaiClaims.ClientId)?.Value is { Length: > 0 } clientId
            ? "client:" + clientId
            : AddressRateLimit.PartitionOf(context);
        var decision = await bucket.TryTakeAsync(partition);
        if (decision.Allowed)
        {
            await next(context);
            return;
        }
        await response.WriteAsync(context, decision.RetryAfter);
    }
}
