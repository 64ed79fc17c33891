namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>Whether a request may pass its client's limit, and if not, when to try again.</summary>
public readonly record struct RateDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static RateDecision Allow { get; } = new(true, TimeSpan.Zero);
}
