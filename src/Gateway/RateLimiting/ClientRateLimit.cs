using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// Answers 429 with Retry-After once a client has used its bucket. The client is the <c>client_id</c>
/// of a valid token (so nobody can spend another client's bucket by forging one); requests without a
/// valid token share a bucket per remote address. Health probes are not limited.
/// </summary>
public sealed class ClientRateLimit(RequestDelegate next, DistributedTokenBucket bucket, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive"))
        {
            await next(context);
            return;
        }
        var (allowed, retryAfter) = await bucket.TryTakeAsync(await ClientOfAsync(context));
        if (allowed)
        {
            await next(context);
            return;
        }
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This client has used its request allowance; retry after {seconds} s.",
            },
        });
    }

    private static async Task<string> ClientOfAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        return result.Principal?.FindFirst(Claims.ClientId)?.Value is { Length: > 0 } clientId
            ? "client:" + clientId
            : "address:" + context.Connection.RemoteIpAddress;
    }
}
