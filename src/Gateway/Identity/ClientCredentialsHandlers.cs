using System.Security.Claims;
using GiaLaiIct.Contracts.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>Rejects a token request whose client id and secret do not name a known client.</summary>
public sealed class ValidateClientCredentials(ClientRegistry registry) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    internal const string ClientProperty = "gialai:client";

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var client = registry.Authenticate(context.ClientId, context.ClientSecret);
        if (client is null)
        {
            context.Reject(error: Errors.InvalidClient, description: "The client id or secret is not valid.");
            return ValueTask.CompletedTask;
        }
        context.Transaction.Properties[ClientProperty] = client;
        return ValueTask.CompletedTask;
    }
}

/// <summary>Issues the access token of an authenticated client: who it is, its role and its district/provinces.</summary>
public sealed class IssueClientToken(Microsoft.Extensions.Options.IOptions<IdentityOptions> options) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        var client = (ClientDefinition)context.Transaction.Properties[ValidateClientCredentials.ClientProperty]!;
        var identity = new ClaimsIdentity("GiaLaiIct", Claims.Name, Claims.Role);
        identity.AddClaim(Claims.Subject, client.ClientId);
        identity.AddClaim(Claims.ClientId, client.ClientId);
        identity.AddClaim(Claims.Role, client.Role);
        if (client.District is { } district)
        {
            identity.AddClaim(GiaLaiClaims.District, district);
        }
        foreach (var province in client.Provinces)
        {
            identity.AddClaim(GiaLaiClaims.Province, province);
        }
        identity.SetAudiences(options.Value.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        context.SignIn(new ClaimsPrincipal(identity));
        return ValueTask.CompletedTask;
    }
}
