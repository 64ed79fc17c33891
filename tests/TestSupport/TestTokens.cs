using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GiaLaiIct.TestSupport;

/// <summary>A caller as an access token describes it.</summary>
public sealed record TestCaller(string ClientId, string Role, string? District = null, string? Province = null)
{
    public static TestCaller Admin { get; } = new("admin", "admin");
    public static TestCaller Viewer { get; } = new("viewer", "viewer");

    /// <summary>A division officer, whose client id is its role.</summary>
    public static TestCaller Officer(string role) => new(role, role);

    public static TestCaller OfDistrict(string district, string province) => new("district-" + district, "district", district, province);
}

/// <summary>
/// Access tokens for in-process service hosts, shaped as the gateway issues them and signed with one key
/// per test run. In-process gateways sign with the same key (<see cref="SigningKeyPem"/>), so their tokens
/// pass in-process services too.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "http://gateway/";
    public const string Audience = "gialai-ict";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly RSA Rsa = RSA.Create(2048);
    private static readonly JsonWebTokenHandler Handler = new();

    public static string SigningKeyPem { get; } = Rsa.ExportRSAPrivateKeyPem();

    public static RsaSecurityKey SigningKey { get; } = WithThumbprintKeyId(new RsaSecurityKey(Rsa));

    /// <summary>A token for the caller; <paramref name="signingKey"/> other than the test key makes a forged one.</summary>
    public static string Issue(TestCaller caller, DateTimeOffset? issuedAt = null, SecurityKey? signingKey = null)
    {
        var now = issuedAt ?? DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = caller.ClientId,
            ["client_id"] = caller.ClientId,
            ["role"] = caller.Role,
        };
        if (caller.District is { } district)
        {
            claims["district"] = district;
        }
        if (caller.Province is { } province)
        {
            claims["province"] = province;
        }
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            TokenType = "at+jwt",
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A key no issuer of the platform knows.</summary>
    public static RsaSecurityKey ForeignKey() => WithThumbprintKeyId(new RsaSecurityKey(RSA.Create(2048)));

    /// <summary>
    /// Makes a host's token check trust the test key: a service's instead of fetching the gateway's
    /// published keys, a gateway's besides the keys it signs with.
    /// </summary>
    public static void TrustTestKey(IServiceCollection services) =>
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            if (options.Configuration is { } ownKeys)
            {
                ownKeys.SigningKeys.Add(SigningKey);
                return;
            }
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(SigningKey);
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        });

    private static RsaSecurityKey WithThumbprintKeyId(RsaSecurityKey key)
    {
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
