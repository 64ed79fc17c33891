using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace GiaLaiIct.Gateway;

/// <summary>
/// Expands each configured destination (<c>http://telecom</c>) into the endpoints service discovery
/// knows for that resource, so the gateway holds no port or host of its own. When discovery's
/// answer changes, YARP asks again.
/// </summary>
internal sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal);
        var changeTokens = new List<IChangeToken>();
        foreach (var (destinationId, destination) in destinations)
        {
            var configured = new Uri(destination.Address);
            var source = await resolver.GetEndpointsAsync(configured.GetLeftPart(UriPartial.Authority), cancellationToken);
            changeTokens.Add(source.ChangeToken);
            foreach (var endpoint in source.Endpoints)
            {
                var endpointText = endpoint.ToString() ?? string.Empty;
                var endpointUri = new Uri(endpointText.Contains("://", StringComparison.Ordinal) ? endpointText : $"{configured.Scheme}://{endpointText}");
                var address = new UriBuilder(configured) { Scheme = endpointUri.Scheme, Host = endpointUri.Host, Port = endpointUri.Port }.Uri;
                resolved[$"{destinationId}[{endpointText}]"] = destination with { Address = address.ToString() };
            }
        }
        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }
}
