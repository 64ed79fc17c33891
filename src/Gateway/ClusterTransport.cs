using Yarp.ReverseProxy.Configuration;

namespace GiaLaiIct.Gateway;

/// <summary>
/// How the gateway talks to every service: HTTP/2 connections kept open and multiplexed, and a further
/// connection opened when one is full of streams (rather than queueing calls behind its limit), unless a
/// cluster's configuration says otherwise.
/// </summary>
public sealed class ClusterTransport : IProxyConfigFilter
{
    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel)
    {
        var client = cluster.HttpClient ?? new HttpClientConfig();
        return ValueTask.FromResult(cluster with
        {
            HttpClient = client with { EnableMultipleHttp2Connections = client.EnableMultipleHttp2Connections ?? true },
        });
    }

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) => ValueTask.FromResult(route);
}
