using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.TestSupport;

public static class GrpcClientRouting
{
    /// <summary>
    /// Sends a service's calls to another resource into that resource's in-process test server,
    /// keeping the rest of the client pipeline (discovery, deadlines, retries) as in production.
    /// </summary>
    public static ServiceTestHost<TProgram> RouteGrpcClient<TProgram, TClient>(
        this ServiceTestHost<TProgram> host, string resourceName, Func<HttpMessageHandler> handler)
        where TProgram : class
        where TClient : class
    {
        host.WithSetting($"services:{resourceName}:http:0", $"http://{resourceName}.test");
        host.WithServices(services => services.AddGrpcClient<TClient>().ConfigurePrimaryHttpMessageHandler(handler));
        return host;
    }

    /// <summary>As <see cref="RouteGrpcClient{TProgram, TClient}"/>, for a client registered per resource (named by <c>GrpcClientExtensions.ClientName</c>).</summary>
    public static ServiceTestHost<TProgram> RouteNamedGrpcClient<TProgram, TClient>(
        this ServiceTestHost<TProgram> host, string resourceName, Func<HttpMessageHandler> handler)
        where TProgram : class
        where TClient : class
    {
        host.WithSetting($"services:{resourceName}:http:0", $"http://{resourceName}.test");
        host.WithServices(services => services
            .AddGrpcClient<TClient>(ServiceKit.Grpc.GrpcClientExtensions.ClientName<TClient>(resourceName))
            .ConfigurePrimaryHttpMessageHandler(handler));
        return host;
    }
}
