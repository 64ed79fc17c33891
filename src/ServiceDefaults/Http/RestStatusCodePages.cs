using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.ServiceDefaults.Http;

public static class RestStatusCodePages
{
    /// <summary>
    /// Problem details for REST answers that have no body of their own (401 and 403 from authorization,
    /// 404 for an unknown route). gRPC calls keep their bare status; the client reads it from the trailers.
    /// </summary>
    public static IApplicationBuilder UseRestStatusCodePages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async (StatusCodeContext context) =>
        {
            var httpContext = context.HttpContext;
            if (IsGrpcRequest(httpContext))
            {
                return;
            }
            var problemDetails = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext });
        });

    public static bool IsGrpcRequest(HttpContext context) =>
        context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
