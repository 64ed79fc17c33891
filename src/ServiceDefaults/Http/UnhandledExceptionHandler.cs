using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace GiaLaiIct.ServiceDefaults.Http;

/// <summary>
/// The answer to a request that failed inside the process, in every environment (Development included): 500
/// problem details with the trace id and nothing of the exception; the log keeps the exception, its stack and
/// the same trace id, so the one can be found from the other. A request the client broke off or sent wrong at
/// the HTTP level (Kestrel's <see cref="BadHttpRequestException"/>: body too large, cut short) is the client's
/// mistake, answered with its own status and logged without alarm.
/// </summary>
public sealed class UnhandledExceptionHandler(IProblemDetailsService problemDetails, ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var traceId = TraceId.Of(httpContext);
        ProblemDetails answer;
        if (exception is BadHttpRequestException badRequest)
        {
            logger.LogInformation("Refused {Method} {Path}: {Reason} (trace {TraceId})", httpContext.Request.Method, httpContext.Request.Path, badRequest.Message, traceId);
            answer = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request cannot be read.",
                Detail = badRequest.Message,
            };
        }
        else
        {
            logger.LogError(exception, "Unhandled exception answering {Method} {Path} (trace {TraceId})", httpContext.Request.Method, httpContext.Request.Path, traceId);
            answer = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The request failed on the server.",
                Detail = $"Quote trace id {traceId} when reporting it.",
            };
        }
        if (httpContext.Response.HasStarted)
        {
            return false;
        }
        httpContext.Response.StatusCode = answer.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = answer, Exception = null });
    }
}
