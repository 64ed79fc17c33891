namespace GiaLaiIct.Gateway.Identity;

/// <summary>Settings of the token endpoint, section <c>Identity</c>.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The issuer written into tokens and checked by every service.</summary>
    public Uri Issuer { get; set; } = new("http://gateway/");

    /// <summary>The audience written into tokens and checked by every service.</summary>
    public string Audience { get; set; } = "gialai-ict";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>RSA private key (PEM) that signs tokens. Required outside Development.</summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>
    /// In Development without <see cref="SigningKeyPem"/>: the file holding the signing key, made at the first
    /// start, so tokens outlive a restart of the gateway. Unset, each run signs with a key of its own.
    /// </summary>
    public string? DevelopmentKeyPath { get; set; }

    /// <summary>
    /// In Development: the districts that have a <c>district-&lt;code&gt;</c> client, each with its province (district
    /// code → province code). appsettings.Development.json lists those of the preloaded provinces; a province that
    /// moves in later adds its own, e.g. <c>Identity__DevelopmentDistricts__610=62</c>.
    /// </summary>
    public Dictionary<string, string> DevelopmentDistricts { get; set; } = [];

    /// <summary>Clients from configuration; outside Development the only ones that exist.</summary>
    public List<ClientDefinition> Clients { get; set; } = [];
}
