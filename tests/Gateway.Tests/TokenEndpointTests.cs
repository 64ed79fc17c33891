using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GiaLaiIct.Gateway.Tests;

public sealed class TokenEndpointTests(EmbeddedRedis cache) : IClassFixture<EmbeddedRedis>
{

    private ServiceTestHost<Program> Gateway(string environment = "Development", bool generatedKey = false, params (string Key, string Value)[] settings)
    {
        var gateway = new ServiceTestHost<Program>("unused");
        if (environment == "Development" && !generatedKey)
        {
            gateway.WithSetting("Identity:SigningKeyPem", TestTokens.SigningKeyPem);
        }
        gateway.WithSetting("environment", environment);
        gateway.WithSetting("ConnectionStrings:cache", cache.ConnectionString);
        // No service is needed here; naming them keeps discovery from looking them up in DNS.
        foreach (var (key, value) in UnreachableServices.Settings().Concat(settings))
        {
            gateway.WithSetting(key, value);
        }
        return gateway;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> RequestTokenAsync(HttpClient http, string clientId, string secret)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [InlineData("admin", "admin")]
    [InlineData("viewer", "viewer")]
    [InlineData("telecom-officer", "telecom-officer")]
    [InlineData("planning-officer", "planning-officer")]
    public async Task A_documented_development_client_gets_a_signed_bearer_token_with_its_role(string clientId, string role)
    {
        using var gateway = Gateway();
        using var http = gateway.CreateClient();

        var (status, body) = await RequestTokenAsync(http, clientId, clientId + "-secret");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.InRange(body["expires_in"]!.GetValue<int>(), 60, 3600);
        var token = new JsonWebToken(body["access_token"]!.GetValue<string>());
        Assert.Equal("http://gateway/", token.Issuer);
        Assert.Contains("gialai-ict", token.Audiences);
        Assert.Equal(clientId, token.Subject);
        Assert.Equal(role, token.GetClaim("role").Value);
        Assert.Equal("RS256", token.Alg);
    }

    [Fact]
    public async Task In_development_without_a_configured_key_one_is_generated_and_published()
    {
        using var gateway = Gateway(generatedKey: true);
        using var http = gateway.CreateClient();

        var (status, body) = await RequestTokenAsync(http, "admin", "admin-secret");
        using var keys = await http.GetAsync("/.well-known/jwks");
        var jwks = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(await keys.Content.ReadAsStringAsync());
        var token = new JsonWebToken(body["access_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(jwks.Keys, key => key.Kid == token.Kid);
    }

    [Fact]
    public async Task A_district_client_exists_for_a_district_of_a_preloaded_province_and_carries_its_district_and_province()
    {
        using var gateway = Gateway();
        using var http = gateway.CreateClient();

        var (status, body) = await RequestTokenAsync(http, "district-622", "district-622-secret");
        var (haTinh, haTinhBody) = await RequestTokenAsync(http, "district-436", "district-436-secret");
        var (unknownStatus, _) = await RequestTokenAsync(http, "district-999", "district-999-secret");
        var (communeStatus, _) = await RequestTokenAsync(http, "district-23557", "district-23557-secret");

        Assert.Equal(HttpStatusCode.OK, status);
        var token = new JsonWebToken(body["access_token"]!.GetValue<string>());
        Assert.Equal("district", token.GetClaim("role").Value);
        Assert.Equal("622", token.GetClaim("district").Value);
        Assert.Equal("64", token.GetClaim("province").Value);
        Assert.Equal(HttpStatusCode.OK, haTinh);
        Assert.Equal("42", new JsonWebToken(haTinhBody["access_token"]!.GetValue<string>()).GetClaim("province").Value);
        Assert.True(unknownStatus is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"got {unknownStatus}");
        Assert.True(communeStatus is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"got {communeStatus}");
    }

    [Fact]
    public async Task A_province_that_moves_in_later_names_its_districts_in_configuration_and_outside_development_none_exists()
    {
        using var development = Gateway(settings: ("Identity:DevelopmentDistricts:610", "62"));
        using var production = Gateway("Production", settings: [("Identity:DevelopmentDistricts:610", "62"), ("Identity:SigningKeyPem", TestTokens.SigningKeyPem)]);

        var (status, body) = await RequestTokenAsync(development.CreateClient(), "district-610", "district-610-secret");
        var (productionStatus, _) = await RequestTokenAsync(production.CreateClient(), "district-610", "district-610-secret");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("62", new JsonWebToken(body["access_token"]!.GetValue<string>()).GetClaim("province").Value);
        Assert.True(productionStatus is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"got {productionStatus}");
    }

    [Theory]
    [InlineData("admin", "wrong", "invalid_client")]
    [InlineData("nobody", "nobody-secret", "invalid_client")]
    [InlineData("admin", "", "invalid_request")]
    public async Task A_wrong_secret_or_unknown_client_gets_no_token(string clientId, string secret, string error)
    {
        using var gateway = Gateway();
        using var http = gateway.CreateClient();

        var (status, body) = await RequestTokenAsync(http, clientId, secret);

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"got {status}");
        Assert.Null(body["access_token"]);
        Assert.Equal(error, body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_discovery_document_names_the_token_endpoint_and_the_key_set_the_gateway_answers()
    {
        using var gateway = Gateway();
        using var http = gateway.CreateClient();

        using var discovery = await http.GetAsync("/.well-known/openid-configuration");
        var document = JsonNode.Parse(await discovery.Content.ReadAsStringAsync())!;
        var keySetPath = new Uri(document["jwks_uri"]!.GetValue<string>()).AbsolutePath;
        using var keys = await http.GetAsync(keySetPath);

        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
        Assert.Equal("http://gateway/", document["issuer"]!.GetValue<string>());
        Assert.Equal("/connect/token", new Uri(document["token_endpoint"]!.GetValue<string>()).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
        Assert.NotEmpty(new Microsoft.IdentityModel.Tokens.JsonWebKeySet(await keys.Content.ReadAsStringAsync()).Keys);
    }

    [Theory]
    [InlineData("/connect/token", true)]
    [InlineData("/CONNECT/Token", true)]
    [InlineData("/connect/token/", true)]
    [InlineData("/.well-known/jwks", true)]
    [InlineData("/.well-known/openid-configuration", true)]
    [InlineData("/connect/tokens", false)]
    [InlineData("/api/v1/provinces/64/units/622", false)]
    [InlineData("/gialai.ict.reporting.v1.AdministrativeUnits/GetUnit", false)]
    [InlineData("/health", false)]
    public void Only_the_identity_endpoints_paths_are_offered_to_the_token_server(string path, bool offered) =>
        Assert.Equal(offered, Identity.IdentityEndpoints.MayHandle(path));

    [Fact]
    public async Task Outside_development_only_configured_clients_exist_and_the_key_comes_from_configuration()
    {
        using var rsa = RSA.Create(2048);
        using var gateway = Gateway("Production");
        gateway.WithSetting("Identity:SigningKeyPem", rsa.ExportRSAPrivateKeyPem());
        gateway.WithSetting("Identity:Clients:0:ClientId", "reporting-robot");
        gateway.WithSetting("Identity:Clients:0:Secret", "a long random secret from the secret store");
        gateway.WithSetting("Identity:Clients:0:Role", "planning-officer");
        using var http = gateway.CreateClient();

        var (defaultStatus, _) = await RequestTokenAsync(http, "admin", "admin-secret");
        var (configuredStatus, body) = await RequestTokenAsync(http, "reporting-robot", "a long random secret from the secret store");
        using var keys = await http.GetAsync("/.well-known/jwks");
        var jwks = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(await keys.Content.ReadAsStringAsync());

        Assert.NotEqual(HttpStatusCode.OK, defaultStatus);
        Assert.Equal(HttpStatusCode.OK, configuredStatus);
        var token = new JsonWebToken(body["access_token"]!.GetValue<string>());
        Assert.Equal("planning-officer", token.GetClaim("role").Value);
        var published = Assert.Single(jwks.Keys);
        Assert.Equal(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(rsa.ExportParameters(false).Modulus), published.N);
    }

    [Fact]
    public void Outside_development_without_a_signing_key_the_gateway_does_not_start()
    {
        using var gateway = Gateway("Production");
        var error = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());
        Assert.Contains("Identity:SigningKeyPem", error.ToString());
    }

    [Fact]
    public async Task In_development_with_a_key_path_the_key_is_made_once_owner_only_and_signs_after_a_restart()
    {
        using var directory = new TempDirectory();
        var keyPath = Path.Combine(directory.Path, "keys", "gateway-signing-key.pem");
        string firstKeyId;
        using (var first = Gateway(generatedKey: true))
        {
            first.WithSetting("Identity:DevelopmentKeyPath", keyPath);
            using var http = first.CreateClient();
            var (_, body) = await RequestTokenAsync(http, "admin", "admin-secret");
            firstKeyId = new JsonWebToken(body["access_token"]!.GetValue<string>()).Kid;
        }
        var written = await File.ReadAllTextAsync(keyPath);
        using var second = Gateway(generatedKey: true);
        second.WithSetting("Identity:DevelopmentKeyPath", keyPath);
        using var again = second.CreateClient();
        var (status, secondBody) = await RequestTokenAsync(again, "admin", "admin-secret");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(firstKeyId, new JsonWebToken(secondBody["access_token"]!.GetValue<string>()).Kid);
        Assert.Equal(written, await File.ReadAllTextAsync(keyPath));
        Assert.Contains("PRIVATE KEY", written);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        }
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(keyPath)!));
    }

    [Theory]
    [InlineData("grant_type=client_credentials&client_id=admin&client_secret=admin-secret&scope=%")]
    [InlineData("grant_type=client_credentials&client_id=admin&client_secret=admin-secret&scope=%ZZ")]
    [InlineData("grant_type=client_credentials&client_id=%00&client_secret=x")]
    [InlineData("grant_type=%&client_id=admin&client_secret=admin-secret")]
    [InlineData("%%%=%%%")]
    [InlineData("grant_type=client_credentials&client_id=admin&client_secret=admin-secret&scope=%ff%fe")]
    public async Task A_malformed_token_request_is_refused_as_the_clients_mistake(string form)
    {
        using var gateway = Gateway();
        using var http = gateway.CreateClient();

        using var response = await http.PostAsync("/connect/token", new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"expected a 4xx for {form}, got {(int)response.StatusCode}: {body}");
        Assert.DoesNotContain("   at ", body);
    }
}
