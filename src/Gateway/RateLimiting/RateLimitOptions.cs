namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>Token bucket per client, section <c>RateLimiting</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>How many requests a client may send at once after a quiet spell.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>How fast the bucket refills, in requests per second.</summary>
    public double TokensPerSecond { get; set; } = 50;

    /// <summary>
    /// How many tokens a replica takes from the shared bucket in one round trip; 0 (the default) means a
    /// tenth of <see cref="Burst"/>, at least 1 and at most 1 000.
    /// </summary>
    public int LeaseSize { get; set; }

    /// <summary>How long a replica keeps tokens it took but has not spent before handing them back.</summary>
    public TimeSpan LeaseLifetime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After the cache failed to answer, how long a replica lets the client through without asking again.</summary>
    public TimeSpan OutageRetry { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Where the buckets live in the cache; gateways of different platforms sharing one cache need their own.</summary>
    public string KeyPrefix { get; set; } = "gateway:ratelimit:";

    public int EffectiveLeaseSize => LeaseSize > 0 ? LeaseSize : Math.Clamp(Burst / 10, 1, 1000);
}
