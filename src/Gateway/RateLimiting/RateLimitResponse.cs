using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>The answer to a request over its limit: 429 problem details and <c>Retry-After</c> in whole seconds.</summary>
public sealed class RateLimitResponse(IProblemDetailsService problemDetails)
{
    public async Task WriteAsync(HttpContext context, TimeSpan retryAfter)
    {
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
}
