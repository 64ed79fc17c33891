using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GiaLaiIct.ServiceDefaults.Security;

/// <summary>
/// Checks a token once and remembers that it passed, for at most <see cref="MaxReuse"/> and never past its
/// expiry (by the host's clock): a client sends the same token with every call of its 30 minutes, and
/// checking its RSA signature each time costs more than most calls. Only tokens that passed every check
/// are remembered; each call gets its own copy of the identity.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time) : TokenHandler
{
    public static readonly TimeSpan MaxReuse = TimeSpan.FromMinutes(5);
    private const int Capacity = 10_000;

    private readonly JsonWebTokenHandler _inner = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, (TokenValidationResult Result, DateTimeOffset Until)> _passed = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (_passed.TryGetValue(token, out var remembered))
        {
            if (now < remembered.Until)
            {
                return Copy(remembered.Result);
            }
            _passed.TryRemove(token, out _);
        }

        var result = await _inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            if (_passed.Count >= Capacity)
            {
                _passed.Clear();
            }
            var expires = new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero);
            _passed[token] = (Copy(result), Min(now + MaxReuse, expires));
        }
        return result;
    }

    private static TokenValidationResult Copy(TokenValidationResult passed) => new()
    {
        IsValid = true,
        ClaimsIdentity = passed.ClaimsIdentity.Clone(),
        SecurityToken = passed.SecurityToken,
        Issuer = passed.Issuer,
    };

    public override SecurityToken ReadToken(string token) => _inner.ReadToken(token);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
