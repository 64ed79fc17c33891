using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceDefaults;

public static class DomainServiceExtensions
{
    /// <summary>
    /// Everything a division's gRPC service needs besides its own code: service defaults, gRPC with
    /// JSON transcoding, the shared cache, and its own database on the configured provider.
    /// </summary>
    public static WebApplicationBuilder AddDomainService<TContext, TSqliteContext, TSqlServerContext>(
        this WebApplicationBuilder builder, string databaseName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        builder.AddServiceDefaults();
        builder.AddGrpcServiceDefaults();
        builder.AddServiceCache();
        builder.AddServiceDatabase<WebApplicationBuilder, TContext, TSqliteContext, TSqlServerContext>(databaseName);
        return builder;
    }

    /// <summary>Problem details for transcoded REST routes, then health endpoints; map the service's gRPC services after.</summary>
    public static WebApplication UseDomainServiceDefaults(this WebApplication app)
    {
        app.UseTranscodingProblemDetails();
        app.MapDefaultEndpoints();
        return app;
    }
}
