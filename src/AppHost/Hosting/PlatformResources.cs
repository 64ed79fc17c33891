using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// How the platform's .NET processes become Aspire resources: each one's built assembly run as an executable
/// (a dotnet-run wrapper ignores the stop signal), one endpoint per Kestrel endpoint on a port chosen once
/// (so a restart keeps its address, and nothing is proxied), its environment, telemetry and health check.
/// </summary>
public static class PlatformResources
{
    public const string ServiceEndpoint = "http";

    /// <summary>The share of traces a process records (ServiceDefaults' Telemetry:TraceSampleRatio).</summary>
    public const string TraceSampleRatio = "Telemetry__TraceSampleRatio";

    /// <summary>Asks a process to stop when the one that started it (DCP) is gone: ServiceDefaults' ParentProcess.</summary>
    private const string StopWithParent = "Hosting__StopWithParent";

    /// <summary>A service with one cleartext HTTP/2 endpoint named <c>http</c> on a free loopback port.</summary>
    public static IResourceBuilder<ExecutableResource> AddService(this IDistributedApplicationBuilder builder, AppHostOptions options, string name, string assemblyName)
    {
        var port = FreePorts.Next();
        var url = $"http://localhost:{port}";
        return builder.AddPlatformExecutable(options, name, assemblyName)
            .WithHttpEndpoint(port: port, targetPort: port, name: ServiceEndpoint, isProxied: false)
            .WithEnvironment("ASPNETCORE_URLS", url)
            .WithProbe(builder, name, new HttpHealthCheck(new Uri(url + "/health"), System.Net.HttpVersion.Version20));
    }

    /// <summary>A project whose Kestrel endpoints are named in its own configuration (the gateway); the host sets their URLs.</summary>
    public static IResourceBuilder<ExecutableResource> AddServiceWithNamedEndpoints(
        this IDistributedApplicationBuilder builder, AppHostOptions options, string name, string assemblyName, params (string Name, int Port)[] endpoints)
    {
        var resource = builder.AddPlatformExecutable(options, name, assemblyName);
        foreach (var (endpointName, port) in endpoints)
        {
            var url = $"http://localhost:{port}";
            resource.WithHttpEndpoint(port: port, targetPort: port, name: endpointName, isProxied: false)
                .WithEnvironment($"Kestrel__Endpoints__{endpointName}__Url", url);
        }
        // Its first endpoint serves HTTP/1.1 (REST clients).
        return resource.WithProbe(builder, name, new HttpHealthCheck(new Uri($"http://localhost:{endpoints[0].Port}/health"), System.Net.HttpVersion.Version11));
    }

    /// <summary>The cache resource: the configured external Redis (nothing started), or embedded Garnet.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddCache(this IDistributedApplicationBuilder builder, AppHostOptions options, string name)
    {
        if (options.ConfiguredConnectionString(name) is not null)
        {
            return builder.AddConnectionString(name);
        }
        var assembly = ResourceAssemblies.PathOf("GiaLaiIct.Cache");
        var cache = new GarnetResource(name, Path.GetDirectoryName(assembly)!, FreePorts.Next());
        return builder.AddResource(cache)
            .WithArgs("exec", assembly, "--port", cache.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEndpoint(port: cache.Port, targetPort: cache.Port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithEnvironment(StopWithParent, "true")
            .WithProbe(builder, name, new RedisPingHealthCheck(cache.Port));
    }

    /// <summary>
    /// The service's own database: the configured connection string of that name if the operator gave one
    /// (SQL Server beyond one machine), else a SQLite file under the data directory.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> WithDatabase(this IResourceBuilder<ExecutableResource> resource, AppHostOptions options, string databaseName)
    {
        var connectionString = options.ConfiguredConnectionString(databaseName)
            ?? $"Data Source={Path.Combine(options.DataDirectory, resource.Resource.Name + ".db")}";
        resource.WithEnvironment($"ConnectionStrings__{databaseName}", connectionString);
        if (options.Configuration["Database:Provider"] is { Length: > 0 } provider)
        {
            resource.WithEnvironment("Database__Provider", provider);
        }
        return resource;
    }

    /// <summary>
    /// Makes one endpoint of the other resource this one's default address for it, so <c>http://{other}</c>
    /// reaches that endpoint through service discovery (<c>services__{other}__http__0</c>).
    /// </summary>
    public static IResourceBuilder<ExecutableResource> WithServiceReference(
        this IResourceBuilder<ExecutableResource> resource, IResourceBuilder<ExecutableResource> other, string endpointName = ServiceEndpoint) =>
        resource.WithEnvironment($"services__{other.Resource.Name}__{ServiceEndpoint}__0", other.GetEndpoint(endpointName));

    private static IResourceBuilder<ExecutableResource> AddPlatformExecutable(
        this IDistributedApplicationBuilder builder, AppHostOptions options, string name, string assemblyName)
    {
        var assembly = ResourceAssemblies.PathOf(assemblyName);
        var environment = options.Configuration["DOTNET_ENVIRONMENT"] is { Length: > 0 } configured ? configured : "Development";
        var executable = builder.AddExecutable(name, "dotnet", Path.GetDirectoryName(assembly)!, "exec", assembly);
        if (builder.ExecutionContext.IsRunMode)
        {
            // Every process of the platform shares this one machine's cores: a workstation heap each, not a server
            // heap (and GC thread) per core in each of them. A cluster's pods keep the runtime's own choice.
            executable.WithEnvironment("DOTNET_gcServer", "0").WithEnvironment(StopWithParent, "true");
            if (options.TraceSampleRatio is { } ratio)
            {
                executable.WithEnvironment(TraceSampleRatio, ratio);
            }
        }
        return executable
            .WithOtlpExporter()
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
            .WithEnvironment("DOTNET_ENVIRONMENT", environment)
            .WithEnvironment("Logging__Console__FormatterName", "simple")
            .WithEnvironment("Logging__Console__FormatterOptions__SingleLine", "true")
            .WithEnvironment("Logging__Console__FormatterOptions__TimestampFormat", "HH:mm:ss ");
    }

    private static IResourceBuilder<T> WithProbe<T>(this IResourceBuilder<T> resource, IDistributedApplicationBuilder builder, string name, IHealthCheck check)
        where T : IResource
    {
        var key = $"{name}-health";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            key, services => new PatientHealthCheck(check, services.GetRequiredService<TimeProvider>()), failureStatus: null, tags: null));
        return resource.WithAnnotation(new SupervisedAnnotation()).WithHealthCheck(key);
    }
}
