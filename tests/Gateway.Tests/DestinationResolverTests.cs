using GiaLaiIct.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;

namespace GiaLaiIct.Gateway.Tests;

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
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddServiceDiscovery()
            .BuildServiceProvider();
        var resolver = new ServiceDiscoveryDestinationResolver(services.GetRequiredService<ServiceEndpointResolver>());

        var resolved = await resolver.ResolveDestinationsAsync(
            new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = "http://telecom" } },
            CancellationToken.None);

        Assert.Equal(
            ["http://127.0.0.1:41001/", "http://127.0.0.1:41002/"],
            resolved.Destinations.Values.Select(destination => destination.Address).Order());
    }
}
