namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>Token bucket per client, section <c>RateLimiting</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>How many requests a client may send at once after a quiet spell.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>How fast the bucket refills, in requests per second.</summary>
    public double TokensPerSecond { get; set; } = 50;
}
