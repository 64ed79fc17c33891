using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.ServiceKit.Grpc;

public static class GrpcClientExtensions
{
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A gRPC client of another resource, addressed by its resource name (<c>http://{resourceName}</c>)
    /// and resolved through service discovery. It uses gRPC's own retry policy in place of the HTTP
    /// resilience handler, which does not understand gRPC status codes; incoming deadlines and
    /// cancellation propagate, a call without a deadline gets a default one, and the caller's bearer token goes along.
    /// </summary>
    public static IHttpClientBuilder AddGrpcServiceClient<TClient>(this IServiceCollection services, string resourceName)
        where TClient : class =>
        services.AddHttpContextAccessor().AddGrpcClient<TClient>(options => options.Address = new Uri($"http://{resourceName}")).WithServiceDefaults();

    /// <summary>
    /// As <see cref="AddGrpcServiceClient{TClient}(IServiceCollection, string)"/>, for a contract several resources implement:
    /// one client per resource, created with <c>GrpcClientFactory.CreateClient&lt;TClient&gt;(ClientName&lt;TClient&gt;(resourceName))</c>.
    /// </summary>
    public static IHttpClientBuilder AddNamedGrpcServiceClient<TClient>(this IServiceCollection services, string resourceName)
        where TClient : class =>
        services.AddHttpContextAccessor().AddGrpcClient<TClient>(ClientName<TClient>(resourceName), options => options.Address = new Uri($"http://{resourceName}")).WithServiceDefaults();

    /// <summary>The client factory's name of a <typeparamref name="TClient"/> of a resource (names are shared by every client type).</summary>
    public static string ClientName<TClient>(string resourceName) => $"{typeof(TClient).Name}:{resourceName}";

    private static IHttpClientBuilder WithServiceDefaults(this IHttpClientBuilder client)
    {
#pragma warning disable EXTEXP0001 // Experimental, but the documented way to opt a gRPC client out of the HTTP resilience defaults.
        return client
            .ConfigureChannel(channel => channel.ServiceConfig = new ServiceConfig { MethodConfigs = { RetryUnavailable } })
            .EnableCallContextPropagation(options => options.SuppressContextNotFoundErrors = true)
            // A deadline is wall-clock time on the wire: not the registered TimeProvider, which is the
            // domain's "today" and which tests set to the year of their data.
            .AddInterceptor(() => new DefaultDeadlineInterceptor(TimeProvider.System, DefaultCallTimeout))
            .AddInterceptor(services => new ForwardCallerTokenInterceptor(services.GetRequiredService<IHttpContextAccessor>()))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }

    private static MethodConfig RetryUnavailable => new()
    {
        Names = { MethodName.Default },
        RetryPolicy = new RetryPolicy
        {
            MaxAttempts = 4,
            InitialBackoff = TimeSpan.FromMilliseconds(200),
            MaxBackoff = TimeSpan.FromSeconds(2),
            BackoffMultiplier = 2,
            RetryableStatusCodes = { StatusCode.Unavailable },
        },
    };
}
