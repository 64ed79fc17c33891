using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GiaLaiIct.ServiceDefaults;

/// <summary>
/// What every GiaLaiIct process gets, in the shape of an Aspire service-defaults project:
/// telemetry, health, service discovery, resilience and problem details.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public const string LiveTag = "live";
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    public const string MaxReceiveMessageBytesKey = "Grpc:MaxReceiveMessageBytes";
    public const int DefaultMaxReceiveMessageBytes = 4 * 1024 * 1024;

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.TryAddSingleton(TimeProvider.System);
        // Every problem details answer carries the trace id the logs write, and never the exception (not even in Development).
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions[TraceId.Extension] = TraceId.Of(context.HttpContext));
        builder.Services.AddExceptionHandler<UnhandledExceptionHandler>();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
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

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(options =>
                    // Health probes would drown real traffic in the trace store.
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthPath)
                        && !context.Request.Path.StartsWithSegments(AlivePath))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c>: every check (database, cache); <c>/alive</c>: liveness only;
    /// plus the gRPC health protocol when the process hosts gRPC services.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseGrpcStatusMetricTag();
        // Probes come from orchestrators and load balancers, which hold no tokens.
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(LiveTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        if (app.Services.GetService<global::Grpc.HealthCheck.HealthServiceImpl>() is not null)
        {
            app.MapGrpcHealthChecksService().AllowAnonymous();
        }
        return app;
    }
}
