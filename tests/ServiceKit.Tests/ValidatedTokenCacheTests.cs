using System.Security.Claims;
using System.Security.Cryptography;
using GiaLaiIct.Contracts.Security;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GiaLaiIct.ServiceKit.Tests;

/// <summary>The token check as services and gateway configure it, remembered passes included, on a controlled clock.</summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly TokenValidationSettings _settings = new();
    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32)) { KeyId = "test" };
    private readonly TokenHandler _check;
    private readonly TokenValidationParameters _parameters;

    public ValidatedTokenCacheTests()
    {
        var options = new JwtBearerOptions();
        TokenCheck.Configure(options, _settings, _clock);
        _check = Assert.Single(options.TokenHandlers);
        _parameters = options.TokenValidationParameters.Clone();
        _parameters.IssuerSigningKey = _key;
    }

    private string Token(TimeSpan lifetime, string audience) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = _settings.Issuer.ToString(),
        Audience = audience,
        IssuedAt = Start.UtcDateTime,
        NotBefore = Start.UtcDateTime,
        Expires = (Start + lifetime).UtcDateTime,
        Claims = new Dictionary<string, object> { [GiaLaiClaims.ClientId] = "viewer", [GiaLaiClaims.Role] = Roles.Viewer },
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
    });

    private TokenValidationParameters WithAudience(string audience)
    {
        var parameters = _parameters.Clone();
        parameters.ValidAudience = audience;
        return parameters;
    }

    [Fact]
    public async Task A_passed_token_is_taken_from_memory_for_at_most_five_minutes_then_checked_again()
    {
        var token = Token(TimeSpan.FromMinutes(30), _settings.Audience);
        // A check that would now refuse the token shows whether it is checked again or remembered.
        var refusing = WithAudience("another-audience");

        var first = await _check.ValidateTokenAsync(token, _parameters);
        _clock.Advance(ValidatedTokenCache.MaxReuse - TimeSpan.FromSeconds(1));
        var remembered = await _check.ValidateTokenAsync(token, refusing);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var checkedAgain = await _check.ValidateTokenAsync(token, refusing);

        Assert.True(first.IsValid);
        Assert.True(remembered.IsValid);
        Assert.False(checkedAgain.IsValid);
    }

    [Fact]
    public async Task A_remembered_token_is_not_accepted_past_its_expiry()
    {
        var token = Token(TimeSpan.FromMinutes(2), _settings.Audience);

        var first = await _check.ValidateTokenAsync(token, _parameters);
        // Past expiry and the tolerated clock skew, still within the five minutes a pass is remembered.
        _clock.Advance(TimeSpan.FromMinutes(2) + _settings.ClockSkew + TimeSpan.FromSeconds(1));
        var expired = await _check.ValidateTokenAsync(token, _parameters);

        Assert.True(first.IsValid);
        Assert.False(expired.IsValid);
        Assert.IsType<SecurityTokenInvalidLifetimeException>(expired.Exception);
    }

    [Fact]
    public async Task A_refused_token_is_not_remembered()
    {
        var token = Token(TimeSpan.FromMinutes(30), "another-audience");

        var refused = await _check.ValidateTokenAsync(token, _parameters);
        var againWithTheSameCheck = await _check.ValidateTokenAsync(token, _parameters);

        Assert.False(refused.IsValid);
        Assert.False(againWithTheSameCheck.IsValid);
    }

    [Fact]
    public async Task Each_call_gets_its_own_copy_of_the_identity()
    {
        var token = Token(TimeSpan.FromMinutes(30), _settings.Audience);

        var first = await _check.ValidateTokenAsync(token, _parameters);
        first.ClaimsIdentity.AddClaim(new Claim(GiaLaiClaims.Role, Roles.Admin));
        var second = await _check.ValidateTokenAsync(token, _parameters);

        Assert.True(second.IsValid);
        Assert.DoesNotContain(second.ClaimsIdentity.FindAll(GiaLaiClaims.Role), claim => claim.Value == Roles.Admin);
        Assert.Equal("viewer", second.ClaimsIdentity.FindFirst(GiaLaiClaims.ClientId)?.Value);
    }

    [Fact]
    public async Task A_token_s_signature_is_verified_once_however_many_calls_bring_it_at_once()
    {
        var verifier = new CountingTokenVerifier();
        var cache = new ValidatedTokenCache(_clock, verifier);
        var token = Token(TimeSpan.FromMinutes(30), _settings.Audience);
        var other = Token(TimeSpan.FromMinutes(20), _settings.Audience);

        var together = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.ValidateTokenAsync(token, _parameters))));
        var later = new List<TokenValidationResult>();
        for (var i = 0; i < 10; i++)
        {
            later.Add(await cache.ValidateTokenAsync(token, _parameters));
        }
        var otherResult = await cache.ValidateTokenAsync(other, _parameters);

        Assert.All(together.Concat(later).Append(otherResult), result => Assert.True(result.IsValid));
        // One verification for the first token, one for the other; none for the 41 calls that came with a checked one.
        Assert.Equal(2, verifier.Verifications);
        Assert.Equal(32, together.Select(result => result.ClaimsIdentity).Distinct().Count());
    }

    [Fact]
    public async Task A_refused_token_is_verified_again_at_its_next_call()
    {
        var verifier = new CountingTokenVerifier();
        var cache = new ValidatedTokenCache(_clock, verifier);
        var token = Token(TimeSpan.FromMinutes(30), "another-audience");

        var first = await cache.ValidateTokenAsync(token, _parameters);
        var second = await cache.ValidateTokenAsync(token, _parameters);

        Assert.False(first.IsValid);
        Assert.False(second.IsValid);
        Assert.Equal(2, verifier.Verifications);
    }
}
