using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Http;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceDefaults;

public static class DomainServiceExtensions
{
    /// <summary>
    /// Everything a division's gRPC service needs besides its own code: service defaults, gRPC with
    /// JSON transcoding, token checks and access policies, the shared cache, and its own database on the
    /// configured provider.
    /// </summary>
    /// <param name="databaseName">The connection string name of the service's database.</param>
    /// <param name="divisionRole">The officer role that writes this service's data (besides admin).</param>
    public static WebApplicationBuilder AddDomainService<TContext, TSqliteContext, TSqlServerContext>(
        this WebApplicationBuilder builder, string databaseName, string divisionRole)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        builder.AddServiceDefaults();
        builder.AddGrpcServiceDefaults();
        builder.AddServiceAuthorization(divisionRole);
        builder.AddServiceCache();
        builder.AddServiceDatabase<WebApplicationBuilder, TContext, TSqliteContext, TSqlServerContext>(databaseName);
        return builder;
    }

    /// <summary>
    /// Token checks before anything reads the request, problem details for REST errors, health endpoints;
    /// map the service's gRPC services after.
    /// </summary>
    public static WebApplication UseDomainServiceDefaults(this WebApplication app)
    {
        // Development would otherwise answer a failure with the developer exception page: stack trace and all.
        app.UseExceptionHandler();
        app.UseRestStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<GrpcRequestMessageCheck>();
        app.UseMiddleware<RequestTextCheck>();
        app.UseTranscodingProblemDetails();
        app.MapDefaultEndpoints();
        return app;
    }
}
