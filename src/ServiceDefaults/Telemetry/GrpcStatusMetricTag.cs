using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GiaLaiIct.ServiceDefaults.Telemetry;

/// <summary>
/// A failed gRPC call still answers HTTP 200, so <c>http.server.request.duration</c> would count it as a success;
/// this tags each gRPC request's measurement with its <c>grpc.status</c> (from the trailers, or the headers of a
/// trailers-only answer) so failures show in the metrics, per status, on every service and the gateway.
/// </summary>
public static class GrpcStatusMetricTag
{
    public const string TagName = "grpc.status";

    public static IApplicationBuilder UseGrpcStatusMetricTag(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true
            || context.Features.Get<IHttpMetricsTagsFeature>() is not { } metrics)
        {
            return;
        }
        var status = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-status"] is { Count: > 0 } trailer
            ? trailer.ToString()
            : context.Response.Headers["grpc-status"].ToString();
        if (status.Length > 0)
        {
            metrics.Tags.Add(new KeyValuePair<string, object?>(TagName, status));
        }
    });
}
