using Microsoft.AspNetCore.Authorization;
using Yarp.ReverseProxy.Configuration;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// Every proxied route needs a valid token of the gateway's, so a request without one is answered
/// here (401) and costs no service a call. Rights are the services' to check: they read the forwarded token.
/// </summary>
public sealed class RequireTokenOnRoutes : IProxyConfigFilter
{
    public const string PolicyName = "gateway-token";

    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => ValueTask.FromResult(cluster);

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) =>
        ValueTask.FromResult(route.AuthorizationPolicy is null ? route with { AuthorizationPolicy = PolicyName } : route);
}
