using GiaLaiIct.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace GiaLaiIct.ServiceDefaults.Security;

/// <summary>The one rule for checking a GiaLaiIct access token, shared by the services and the gateway.</summary>
public static class TokenCheck
{
    /// <summary>
    /// What a GiaLaiIct access token must be: signed by a key of the issuer's, from that issuer, for that
    /// audience, within its lifetime by <paramref name="time"/>; its <c>role</c> claims are the caller's
    /// roles. Passed tokens are remembered (<see cref="ValidatedTokenCache"/>). Where the keys come from is
    /// the caller's to set.
    /// </summary>
    public static void Configure(JwtBearerOptions jwt, TokenValidationSettings settings, TimeProvider time)
    {
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = time;
        jwt.TokenHandlers.Clear();
        jwt.TokenHandlers.Add(new ValidatedTokenCache(time));
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer.ToString(),
            ValidAudience = settings.Audience,
            NameClaimType = GiaLaiClaims.Subject,
            RoleClaimType = GiaLaiClaims.Role,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                IsWithinLifetime(time.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew),
        };
    }

    // Replaces IdentityModel's lifetime check, which reads the system clock, so that the host's TimeProvider decides.
    private static bool IsWithinLifetime(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan clockSkew) =>
        expires is { } expiry
        && now - clockSkew <= expiry.ToUniversalTime()
        && (notBefore is not { } start || now + clockSkew >= start.ToUniversalTime());
}
