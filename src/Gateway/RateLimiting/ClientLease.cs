namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// One replica's share of one client's bucket: tokens it took from the shared bucket and has not yet
/// spent, and what it learnt at its last exchange. Every field is guarded by <see cref="Gate"/>.
/// </summary>
internal sealed class ClientLease
{
    public object Gate { get; } = new();

    public long Tokens { get; set; }

    /// <summary>The exchange with the cache in flight, if any; requests that find no token wait for it.</summary>
    public Task? Exchange { get; set; }

    public DateTimeOffset LastExchange { get; set; }

    /// <summary>The shared bucket was empty: refuse here, without asking, until then.</summary>
    public DateTimeOffset RefusedUntil { get; set; }

    /// <summary>When the shared bucket, as last seen, holds a token again: what a refused client is told.</summary>
    public DateTimeOffset RetryAt { get; set; }

    /// <summary>The cache could not be reached: let requests through, without asking, until then.</summary>
    public DateTimeOffset OpenUntil { get; set; }

    /// <summary>Swept away; a request that still holds it takes a fresh one.</summary>
    public bool Retired { get; set; }

    public bool IsExchanging => Exchange is { IsCompleted: false };
}
