using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GiaLaiIct.ServiceDefaults.Security;

/// <summary>
/// Checks a token once and remembers that it passed, for at most <see cref="MaxReuse"/> and never past its
/// expiry (by the host's clock): a client sends the same token with every call of its 30 minutes, and
/// checking its RSA signature each time costs more than most calls. Calls that bring the same token while
/// its check runs wait for that check rather than verifying the signature again, so a token's signature is
/// verified once per process (per <see cref="MaxReuse"/>). Only tokens that passed every check are
/// remembered; each call gets its own copy of the identity.
/// </summary>
public sealed class ValidatedTokenCache : TokenHandler
{
    public static readonly TimeSpan MaxReuse = TimeSpan.FromMinutes(5);
    private const int Capacity = 10_000;

    private readonly TimeProvider _time;
    private readonly TokenHandler _verifier;
    private readonly ConcurrentDictionary<string, (TokenValidationResult Result, DateTimeOffset Until)> _passed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<TokenValidationResult>>> _checking = new(StringComparer.Ordinal);

    public ValidatedTokenCache(TimeProvider time)
        : this(time, new JsonWebTokenHandler { MapInboundClaims = false })
    {
    }

    /// <param name="time">The host's clock.</param>
    /// <param name="verifier">What does the actual check (signature, issuer, audience, lifetime).</param>
    public ValidatedTokenCache(TimeProvider time, TokenHandler verifier)
    {
        _time = time;
        _verifier = verifier;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_passed.TryGetValue(token, out var remembered))
        {
            if (_time.GetUtcNow() < remembered.Until)
            {
                return Copy(remembered.Result);
            }
            _passed.TryRemove(KeyValuePair.Create(token, remembered));
        }

        // A Lazy, because the dictionary may build a value more than once when calls race; only the stored one runs.
        var check = _checking.GetOrAdd(token, static (key, state) =>
            new Lazy<Task<TokenValidationResult>>(() => state.Cache.CheckAsync(key, state.Parameters)), (Cache: this, Parameters: validationParameters));
        TokenValidationResult result;
        try
        {
            result = await check.Value;
        }
        finally
        {
            _checking.TryRemove(KeyValuePair.Create(token, check));
        }
        return result.IsValid ? Copy(result) : result;
    }

    private async Task<TokenValidationResult> CheckAsync(string token, TokenValidationParameters validationParameters)
    {
        var result = await _verifier.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            if (_passed.Count >= Capacity)
            {
                _passed.Clear();
            }
            var expires = new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero);
            _passed[token] = (result, Min(_time.GetUtcNow() + MaxReuse, expires));
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

    public override SecurityToken ReadToken(string token) => _verifier.ReadToken(token);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
