namespace GiaLaiIct.Inspection.Relay;

/// <summary>
/// Configuration of the licence relay (section <c>LicenceRelay</c>). The licence owners it delivers to are not
/// configured: they are the platform's licence-issuing divisions (<see cref="Contracts.Divisions.Platform.LicenceIssuers"/>).
/// </summary>
public sealed class LicenceRelayOptions
{
    public const string Section = "LicenceRelay";

    /// <summary>
    /// The token client the relay calls the owners as (a client with the inspector role); its token comes from the
    /// gateway's token endpoint. In Development the gateway's own <c>inspector</c> client.
    /// </summary>
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>Effects delivered at once.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>How long one call to an owner may take.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the relay looks for due effects when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
