using System.Security.Cryptography;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace GiaLaiIct.Gateway.Identity;

public static class IdentityServerExtensions
{
    /// <summary>
    /// The OAuth2 token endpoint (<c>POST /connect/token</c>, client credentials) issuing signed JWT
    /// access tokens, with its public keys at <c>/.well-known/jwks</c> for the services to check them.
    /// Clients are the gateway's configuration, not a database, so OpenIddict runs in degraded mode.
    /// </summary>
    public static WebApplicationBuilder AddTokenEndpoint(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(IdentityOptions.Section);
        builder.Services.Configure<IdentityOptions>(section);
        var identity = section.Get<IdentityOptions>() ?? new IdentityOptions();
        var signingKey = SigningKey(identity, builder.Environment);

        builder.Services.AddSingleton<ClientRegistry>();

        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetTokenEndpointUris(IdentityEndpoints.Relative(IdentityEndpoints.Token));
            server.SetJsonWebKeySetEndpointUris(IdentityEndpoints.Relative(IdentityEndpoints.KeySet));
            server.SetConfigurationEndpointUris(IdentityEndpoints.Relative(IdentityEndpoints.Configuration));
            server.AllowClientCredentialsFlow();
            server.EnableDegradedMode();
            server.DisableAccessTokenEncryption();
            server.SetIssuer(identity.Issuer);
            server.SetAccessTokenLifetime(identity.AccessTokenLifetime);
            if (signingKey is null)
            {
                server.AddEphemeralSigningKey();
            }
            else
            {
                server.AddSigningKey(signingKey);
            }
            // Only access tokens are issued, signed and not encrypted; OpenIddict still wants an encryption
            // key, and a random symmetric one costs nothing to make (an RSA one costs seconds on a busy machine).
            server.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
            server.UseAspNetCore().DisableTransportSecurityRequirement();
            server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseSingletonHandler<ValidateClientCredentials>());
            server.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseSingletonHandler<IssueClientToken>());
        });

        // The gateway checks its own tokens as the services do (same rules, same cache of passed tokens), with
        // the keys it signs with, to turn away calls without a valid one and to know which client calls.
        var tokenCheck = builder.Configuration.GetSection(TokenValidationSettings.Section).Get<TokenValidationSettings>() ?? new TokenValidationSettings();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptionsMonitor<OpenIddictServerOptions>, TimeProvider>((jwt, server, time) =>
            {
                TokenCheck.Configure(jwt, tokenCheck, time);
                var configuration = new OpenIdConnectConfiguration { Issuer = tokenCheck.Issuer.ToString() };
                foreach (var credentials in server.CurrentValue.SigningCredentials)
                {
                    configuration.SigningKeys.Add(credentials.Key);
                }
                jwt.Configuration = configuration;
                jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            });
        return builder;
    }

    private static RsaSecurityKey? SigningKey(IdentityOptions identity, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(identity.SigningKeyPem))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Identity:SigningKeyPem is not configured. Outside Development the gateway needs its token signing key from configuration.");
            }
            // Without a key file a Development gateway signs with a key of its own run (test hosts).
            return string.IsNullOrWhiteSpace(identity.DevelopmentKeyPath)
                ? null
                : WithKeyId(new RsaSecurityKey(DevelopmentSigningKey.LoadOrCreate(identity.DevelopmentKeyPath)));
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(identity.SigningKeyPem);
        return WithKeyId(new RsaSecurityKey(rsa));
    }

    private static RsaSecurityKey WithKeyId(RsaSecurityKey key)
    {
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
