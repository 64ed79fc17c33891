namespace GiaLaiIct.ServiceDefaults.Security;

/// <summary>What a service checks in an access token, section <c>Identity</c> (the same section the gateway issues from).</summary>
public sealed class TokenValidationSettings
{
    public const string Section = "Identity";

    /// <summary>
    /// The token issuer. Its <c>.well-known/openid-configuration</c> and signing keys are fetched from this
    /// address, through service discovery when it names a resource.
    /// </summary>
    public Uri Issuer { get; set; } = new("http://gateway/");

    public string Audience { get; set; } = "gialai-ict";

    /// <summary>Tolerated difference between the issuer's clock and the service's.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The shortest time between two fetches of the issuer's keys made because a token named an unknown key:
    /// a new key is trusted that soon, and forged key ids cannot make the service fetch on every call.
    /// </summary>
    public TimeSpan KeySetRefetchInterval { get; set; } = TimeSpan.FromSeconds(10);
}
