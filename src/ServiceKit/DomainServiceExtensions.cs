using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Http;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Http;
using GiaLaiIct.ServiceKit.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiaLaiIct.ServiceKit;

public static class DomainServiceExtensions
{
    public const string MaxReceiveMessageBytesKey = "Grpc:MaxReceiveMessageBytes";
    public const int DefaultMaxReceiveMessageBytes = 4 * 1024 * 1024;

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
        app.MapGrpcHealthChecksService().AllowAnonymous();
        return app;
    }

    /// <summary>
    /// gRPC server defaults for a service: exception mapping, JSON transcoding with
    /// camelCase names and lower-case enum strings, and the gRPC health service.
    /// </summary>
    public static TBuilder AddGrpcServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<ExceptionMappingInterceptor>();
        builder.Services.AddSingleton<RequestTextInterceptor>();
        builder.Services
            .AddGrpc(options =>
            {
                options.Interceptors.Add<ExceptionMappingInterceptor>();
                options.Interceptors.Add<RequestTextInterceptor>();
                // Detailed errors would send exception type names and messages to clients; the log has them.
                options.EnableDetailedErrors = false;
                // An oversized message is refused as ResourceExhausted before it is read into memory.
                options.MaxReceiveMessageSize = builder.Configuration.GetValue(MaxReceiveMessageBytesKey, DefaultMaxReceiveMessageBytes);
            })
            .AddJsonTranscoding(options =>
            {
                options.JsonSettings.WriteIndented = false;
                options.JsonSettings.IgnoreDefaultValues = false;
                options.JsonSettings.WriteEnumsAsIntegers = false;
                // Error details (field violations) are packed in Any; the writer must know their type.
                options.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(Google.Rpc.BadRequest.Descriptor);
            });
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }
}
