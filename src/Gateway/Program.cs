using GiaLaiIct.Gateway;
using GiaLaiIct.Gateway.Identity;
using GiaLaiIct.Gateway.RateLimiting;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTokenEndpoint();
builder.AddServiceCache();
if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ServiceCacheExtensions.CacheConnectionName)))
{
    throw new InvalidOperationException(
        $"ConnectionStrings:{ServiceCacheExtensions.CacheConnectionName} is not configured; the gateway keeps its clients' rate limits in the cache, shared by every replica.");
}
builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
builder.Services.AddSingleton<SharedTokenBucket>();
builder.Services.AddSingleton<LeasedTokenBuckets>();
builder.Services.AddSingleton<RateLimitResponse>();

builder.Services.AddAuthorizationBuilder().AddPolicy(RequireTokenOnRoutes.PolicyName, RequireTokenOnRoutes.Policy);
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddConfigFilter<RequireTokenOnRoutes>()
    .AddConfigFilter<ClusterTransport>()
    // Each destination (http://telecom) becomes the endpoints service discovery knows for that resource.
    .AddServiceDiscoveryDestinationResolver();

// Every cluster's destination is a resource name; /health of the gateway includes each one's health.
#pragma warning disable EXTEXP0001 // Experimental API; a health probe must report what it sees now, not retry until it looks fine.
builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
    .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
var downstream = builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren()
    .SelectMany(cluster => cluster.GetSection("Destinations").GetChildren())
    .Select(destination => new Uri(destination["Address"]!).Host)
    .Distinct(StringComparer.Ordinal);
foreach (var resource in downstream)
{
    builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
        resource,
        services => new DownstreamHealthCheck(services.GetRequiredService<IHttpClientFactory>(), resource),
        HealthStatus.Degraded,
        tags: ["downstream"]));
}

var app = builder.Build();

app.UseExceptionHandler();
app.UseRestStatusCodePages();
// Requests without a token (token requests among them) are limited before authentication, where the
// token endpoint answers; requests with one after it, by the client the token names.
app.UseMiddleware<AddressRateLimit>();
app.UseMiddleware<TokenRequestFormCheck>();
GatewayAuthentication.AddTo(app);
app.UseMiddleware<ClientRateLimit>();
app.UseMiddleware<RequestSizeLimit>();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapReverseProxy();

await app.RunAsync();

public partial class Program;
