using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace GiaLaiIct.Gateway;

/// <summary>
/// Refuses a request whose body is larger than <c>Gateway:MaxRequestBodyBytes</c> with 413 problem
/// details that state both sizes, before anything is forwarded; a body without a length that grows past
/// the limit is cut off by the server at the same size.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, IConfiguration configuration, IProblemDetailsService problemDetails)
{
    public const string LimitKey = "Gateway:MaxRequestBodyBytes";
    public const long DefaultLimit = 32L * 1024 * 1024;

    private readonly long _limit = configuration.GetValue(LimitKey, DefaultLimit);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = _limit;
        }
        if (context.Request.ContentLength is { } length && length > _limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"The body is {length} bytes; the gateway accepts at most {_limit} bytes.",
                },
            });
            return;
        }
        await next(context);
    }
}
