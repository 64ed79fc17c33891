using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace GiaLaiIct.Gateway.Tests;

/// <summary>The gateway's destinations come from service discovery (Microsoft.Extensions.ServiceDiscovery.Yarp), as its Program registers it.</summary>
public sealed class DestinationResolverTests
{
    [Fact]
    public async Task A_resource_name_expands_to_every_endpoint_discovery_knows()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:telecom:http:0"] = "http://127.0.0.1:41001",
            ["services:telecom:http:1"] = "http://127.0.0.1:41002",
        }).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddServiceDiscovery();
        collection.AddReverseProxy().AddServiceDiscoveryDestinationResolver();
        await using var services = collection.BuildServiceProvider();
        var resolver = services.GetRequiredService<IDestinationResolver>();

        var resolved = await resolver.ResolveDestinationsAsync(
            new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = "http://telecom" } },
            CancellationToken.None);

        Assert.Equal(
            ["http://127.0.0.1:41001", "http://127.0.0.1:41002"],
            resolved.Destinations.Values.Select(destination => destination.Address.TrimEnd('/')).Order());
    }
}
