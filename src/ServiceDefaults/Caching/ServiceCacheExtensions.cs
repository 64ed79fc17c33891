using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace GiaLaiIct.ServiceDefaults.Caching;

public static class ServiceCacheExtensions
{
    public const string CacheConnectionName = "cache";

    /// <summary>
    /// HybridCache with an in-process first level and, when <c>ConnectionStrings:cache</c> is set,
    /// the Redis-protocol server as second level. The Redis client fails fast while the server is
    /// down, so a cache outage costs a miss, never a failed request; the health check then reports
    /// Degraded rather than Unhealthy.
    /// </summary>
    public static TBuilder AddServiceCache<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHybridCache().AddSerializerFactory<ProtobufHybridCacheSerializerFactory>();

        var connectionString = builder.Configuration.GetConnectionString(CacheConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        // Aspire's Redis client: the multiplexer from ConnectionStrings:cache, with its tracing (cache calls show in
        // the traces) and metrics; its own health check would report an outage as Unhealthy, so ours replaces it.
        builder.AddRedisClient(
            CacheConnectionName,
            settings => settings.DisableHealthChecks = true,
            options => ApplyFailSoft(options));
        builder.Services.AddSingleton<IDistributedCache>(services => new FailSoftDistributedCache(
            new RedisCache(services.GetRequiredService<IOptions<RedisCacheOptions>>()),
            services.GetRequiredService<ILogger<FailSoftDistributedCache>>()));
        builder.Services.AddOptions<RedisCacheOptions>()
            .Configure<IServiceProvider>((redis, services) =>
            {
                redis.InstanceName = builder.Environment.ApplicationName + ":";
                redis.ConnectionMultiplexerFactory = () => Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>());
            });
        builder.Services.AddHealthChecks().AddRedis(
            services => services.GetRequiredService<IConnectionMultiplexer>(),
            name: CacheConnectionName,
            failureStatus: HealthStatus.Degraded);
        return builder;
    }

    public static ConfigurationOptions CreateRedisOptions(string connectionString) => ApplyFailSoft(ConfigurationOptions.Parse(connectionString));

    /// <summary>Settings that make the Redis client fail fast while the server is down instead of queueing or throwing at start.</summary>
    public static ConfigurationOptions ApplyFailSoft(ConfigurationOptions options)
    {
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2_000;
        options.SyncTimeout = 1_000;
        options.AsyncTimeout = 1_000;
        options.ConnectRetry = 1;
        // Queueing commands while disconnected would turn a cache outage into slow requests.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }
}
