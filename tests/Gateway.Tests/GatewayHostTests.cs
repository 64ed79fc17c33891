using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server;

namespace GiaLaiIct.Gateway.Tests;

public sealed class GatewayHostTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _gateway;
    private readonly EmbeddedRedis _cache = new();

    public GatewayHostTests()
    {
        // Every downstream resource is discovered at a port where nothing listens.
        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:cache", _cache.ConnectionString);
            foreach (var (key, value) in UnreachableServices.Settings())
            {
                builder.UseSetting(key, value);
            }
        });
    }

    [Fact]
    public async Task Health_names_each_unreachable_downstream_and_reports_degraded()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync("/health");
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", report["status"]!.GetValue<string>());
        foreach (var resource in UnreachableServices.Resources)
        {
            Assert.Equal("Degraded", report["checks"]![resource]!["status"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Every_cluster_keeps_multiplexed_http2_connections_and_opens_another_when_one_is_full()
    {
        var proxy = _gateway.Services.GetRequiredService<Yarp.ReverseProxy.IProxyStateLookup>();

        var clusters = proxy.GetClusters().ToList();

        Assert.Equal(UnreachableServices.Resources.Order(), clusters.Select(cluster => cluster.ClusterId).Order());
        Assert.All(clusters, cluster =>
        {
            Assert.True(cluster.Model.Config.HttpClient?.EnableMultipleHttp2Connections);
            Assert.Equal(System.Net.HttpVersion.Version20, cluster.Model.Config.HttpRequest?.Version);
        });
    }

    /// <summary>A client holding a Development admin token of this gateway's.</summary>
    private static async Task<HttpClient> AdminClientAsync(WebApplicationFactory<Program> gateway)
    {
        var client = gateway.CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "admin", ["client_secret"] = "admin-secret",
        }));
        response.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task An_api_request_without_a_valid_token_is_a_401_problem_answered_at_the_gateway()
    {
        using var client = _gateway.CreateClient();
        using var forged = _gateway.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Issue(TestCaller.Admin, signingKey: TestTokens.ForeignKey()));

        using var without = await client.GetAsync("/api/v1/provinces/64/units");
        using var withForged = await forged.GetAsync("/api/v1/provinces/64/units");

        // The services are unreachable here: a 401 rather than a 502 shows the gateway answered itself.
        foreach (var response in new[] { without, withForged })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_proxied_call_is_checked_by_its_token_alone_and_only_identity_requests_reach_the_token_server()
    {
        var offered = new ConcurrentQueue<string>();
        using var gateway = _gateway.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddOpenIddict().AddServer(server => server.AddEventHandler<OpenIddictServerEvents.ProcessRequestContext>(handler =>
                handler.UseInlineHandler(context =>
                {
                    offered.Enqueue(context.Transaction.GetHttpRequest()!.Path);
                    return ValueTask.CompletedTask;
                }).SetOrder(int.MinValue)))));
        using var client = await AdminClientAsync(gateway);
        using var anonymous = gateway.CreateClient();

        using var proxied = await client.GetAsync("/api/v1/provinces/64/units");
        using var withoutToken = await anonymous.GetAsync("/api/v1/provinces/64/units");
        using var keys = await anonymous.GetAsync("/.well-known/jwks");

        // 502: the token passed and the call went on to the (unreachable) service; 401: none, answered here.
        Assert.Equal(HttpStatusCode.BadGateway, proxied.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
        Assert.Equal(["/connect/token", "/.well-known/jwks"], offered);
    }

    [Fact]
    public async Task An_unreachable_service_is_a_502_problem()
    {
        using var client = await AdminClientAsync(_gateway);

        using var response = await client.GetAsync("/api/v1/provinces/64/units");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync("/api/v1/provinces/64/nothing-here");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_stating_both_sizes_and_is_not_forwarded()
    {
        using var limited = _gateway.WithWebHostBuilder(builder => builder.UseSetting("Gateway:MaxRequestBodyBytes", "1024"));
        using var client = await AdminClientAsync(limited);

        using var over = await client.PostAsync("/api/v1/provinces/64/postal-points", new StringContent(new string('x', 2048)));
        using var under = await client.PostAsync("/api/v1/provinces/64/postal-points", new StringContent(new string('x', 512)));
        var problem = JsonNode.Parse(await over.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2048", problem["detail"]!.GetValue<string>());
        Assert.Contains("1024", problem["detail"]!.GetValue<string>());
        // Under the limit the request is forwarded (to a service that is down here).
        Assert.Equal(HttpStatusCode.BadGateway, under.StatusCode);
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _cache.Dispose();
    }
}
