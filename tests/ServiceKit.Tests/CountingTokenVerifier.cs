using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GiaLaiIct.ServiceKit.Tests;

/// <summary>The real JWT check, counting how often it runs; it lingers a little so that calls arriving together overlap.</summary>
internal sealed class CountingTokenVerifier : JsonWebTokenHandler
{
    private int _verifications;

    public CountingTokenVerifier() => MapInboundClaims = false;

    public int Verifications => Volatile.Read(ref _verifications);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        Interlocked.Increment(ref _verifications);
        await Task.Delay(50);
        return await base.ValidateTokenAsync(token, validationParameters);
    }
}
