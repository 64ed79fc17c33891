using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// The gateway's own access token, for the calls it makes on nobody's behalf (finding a district
/// client's province while issuing its token). Signed with the token endpoint's key, so services check
/// it like any other; read-only and short-lived.
/// </summary>
public sealed class GatewayServiceToken(
    IOptionsMonitor<OpenIddictServerOptions> server, IOptions<IdentityOptions> identity, TimeProvider time)
{
    public const string ClientId = "gateway";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset ExpiresAt)? _current;

    /// <summary>The <c>authorization</c> metadata value to send.</summary>
    public string AuthorizationValue => "Bearer " + Current();

    private string Current()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_current is not { } current || current.ExpiresAt - now < RenewBefore)
            {
                current = (Create(now), now + Lifetime);
                _current = current;
            }
            return current.Token;
        }
    }

    private string Create(DateTimeOffset now) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = identity.Value.Issuer.ToString(),
        Audience = identity.Value.Audience,
        IssuedAt = now.UtcDateTime,
        NotBefore = now.UtcDateTime,
        Expires = (now + Lifetime).UtcDateTime,
        TokenType = "at+jwt",
        SigningCredentials = server.CurrentValue.SigningCredentials[0],
        Claims = new Dictionary<string, object>
        {
            [GiaLaiClaims.Subject] = ClientId,
            [GiaLaiClaims.ClientId] = ClientId,
            [GiaLaiClaims.Role] = Roles.Viewer,
        },
    });
}
