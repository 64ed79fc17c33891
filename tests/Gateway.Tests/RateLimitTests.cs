using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GiaLaiIct.Gateway.Tests;

public sealed class RateLimitTests : IDisposable
{
    private readonly EmbeddedRedis _cache = new();
    private readonly List<IDisposable> _gateways = [];
    private readonly string _signingKeyPem = CreateKeyPem();

    /// <summary>A gateway replica: three requests of burst and almost no refill, limits kept in the shared cache.</summary>
    private HttpClient Replica()
    {
        var gateway = new ServiceTestHost<Program>("unused");
        gateway.WithSetting("ConnectionStrings:cache", _cache.ConnectionString);
        gateway.WithSetting("Identity:SigningKeyPem", _signingKeyPem);
        gateway.WithSetting("RateLimiting:Burst", "3");
        gateway.WithSetting("RateLimiting:TokensPerSecond", "0.01");
        foreach (var (key, value) in UnreachableServices.Settings())
        {
            gateway.WithSetting(key, value);
        }
        _gateways.Add(gateway);
        return gateway.CreateClient();
    }

    private static async Task<string> TokenAsync(HttpClient http, string clientId)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientId + "-secret",
        }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    private static async Task<HttpResponseMessage> CallAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/provinces");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task A_client_s_bucket_is_shared_by_every_replica_and_other_clients_keep_theirs()
    {
        using var replicaA = Replica();
        using var replicaB = Replica();
        var admin = await TokenAsync(replicaA, "admin");
        var viewer = await TokenAsync(replicaA, "viewer");

        var statuses = new List<HttpStatusCode>();
        foreach (var replica in new[] { replicaA, replicaB, replicaA })
        {
            using var allowed = await CallAsync(replica, admin);
            statuses.Add(allowed.StatusCode);
        }
        using var refused = await CallAsync(replicaB, admin);
        using var otherClient = await CallAsync(replicaB, viewer);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherClient.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_does_not_spend_the_named_client_s_bucket()
    {
        using var gateway = Replica();
        var admin = await TokenAsync(gateway, "admin");
        using var otherKey = RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "http://gateway/",
            Audience = "gialai-ict",
            Claims = new Dictionary<string, object> { ["client_id"] = "admin", ["sub"] = "admin", ["role"] = "admin" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(otherKey), SecurityAlgorithms.RsaSha256),
        });

        for (var i = 0; i < 4; i++)
        {
            using var response = await CallAsync(gateway, forged);
        }
        using var genuine = await CallAsync(gateway, admin);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, genuine.StatusCode);
    }

    [Fact]
    public async Task Token_requests_are_limited_per_address_so_secrets_cannot_be_guessed_at_speed()
    {
        using var gateway = Replica();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials", ["client_id"] = "admin", ["client_secret"] = $"guess-{i}",
                }),
            };
            // A bearer header, valid or not, must not take a token request out of its address's bucket.
            request.Headers.Authorization = i % 2 == 0 ? null : new AuthenticationHeaderValue("Bearer", "anything");
            using var response = await gateway.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task With_the_cache_down_requests_are_let_through()
    {
        using var gateway = Replica();
        var admin = await TokenAsync(gateway, "admin");
        _cache.Dispose();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await CallAsync(gateway, admin);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    private static string CreateKeyPem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportRSAPrivateKeyPem();
    }

    public void Dispose()
    {
        foreach (var gateway in _gateways)
        {
            gateway.Dispose();
        }
        _cache.Dispose();
    }
}
