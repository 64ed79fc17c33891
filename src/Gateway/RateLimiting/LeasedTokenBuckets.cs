using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// The per-client limit as one replica applies it: requests spend tokens this replica took from the
/// client's <see cref="SharedTokenBucket"/> in batches (a lease of <see cref="RateLimitOptions.EffectiveLeaseSize"/>,
/// taken again in the background when half is spent), so a request costs a round trip to the cache only
/// once per batch. Every admitted request spent a token of the shared bucket, so replicas together never
/// admit more than one bucket would; the error is the other way: a request may be refused while other
/// replicas hold unspent tokens of the same client (fewer than twice the lease size each), and they hold
/// them at most <see cref="RateLimitOptions.LeaseLifetime"/> before handing them back. When the cache
/// cannot be reached, requests are let through: a cache outage must not lock every client out.
/// </summary>
public sealed partial class LeasedTokenBuckets : IDisposable
{
    private readonly ConcurrentDictionary<string, ClientLease> _leases = new(StringComparer.Ordinal);
    private readonly SharedTokenBucket _shared;
    private readonly RateLimitOptions _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<LeasedTokenBuckets> _logger;
    private readonly ITimer _sweeper;
    private int _sweeping;

    public LeasedTokenBuckets(SharedTokenBucket shared, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<LeasedTokenBuckets> logger)
    {
        _shared = shared;
        _settings = options.Value;
        _time = time;
        _logger = logger;
        _sweeper = time.CreateTimer(_ => Sweep(), null, _settings.LeaseLifetime, _settings.LeaseLifetime);
    }

    public async ValueTask<RateDecision> TryTakeAsync(string partition)
    {
        var leaseSize = _settings.EffectiveLeaseSize;
        while (true)
        {
            var lease = _leases.GetOrAdd(partition, static _ => new ClientLease());
            Task exchange;
            lock (lease.Gate)
            {
                if (lease.Retired)
                {
                    _leases.TryRemove(KeyValuePair.Create(partition, lease));
                    continue;
                }
                var now = _time.GetUtcNow();
                if (lease.Tokens > 0)
                {
                    lease.Tokens--;
                    // Take the next batch while this one lasts, so busy clients never wait for the cache.
                    if (leaseSize > 1 && lease.Tokens <= leaseSize / 2 && !lease.IsExchanging && now >= lease.RefusedUntil)
                    {
                        lease.Exchange = ExchangeAsync(partition, lease, leaseSize);
                    }
                    return RateDecision.Allow;
                }
                if (now < lease.OpenUntil)
                {
                    return RateDecision.Allow;
                }
                if (now < lease.RefusedUntil)
                {
                    return new RateDecision(false, lease.RetryAt - now);
                }
                if (!lease.IsExchanging)
                {
                    lease.Exchange = ExchangeAsync(partition, lease, leaseSize);
                }
                exchange = lease.Exchange!;
            }
            // The exchange never throws; once it is done the lease holds tokens, or says refuse, or says let through.
            await exchange;
        }
    }

    private async Task ExchangeAsync(string partition, ClientLease lease, long want)
    {
        // Off the caller's lock, whatever the cache client does synchronously.
        await Task.Yield();
        try
        {
            var (granted, retryAfter) = await _shared.ExchangeAsync(partition, want, giveBack: 0);
            lock (lease.Gate)
            {
                var now = _time.GetUtcNow();
                lease.Tokens += granted;
                lease.LastExchange = now;
                if (granted == 0)
                {
                    // Another replica may hand tokens back sooner; asking again after a lease's lifetime at most bounds what that costs.
                    lease.RetryAt = now + retryAfter;
                    lease.RefusedUntil = now + (retryAfter < _settings.LeaseLifetime ? retryAfter : _settings.LeaseLifetime);
                }
            }
        }
        catch (Exception exception)
        {
            // Whatever kept the cache from answering (down, timed out, its client disposed at shutdown) must not
            // fail the requests waiting here: they are let through, as in any cache outage.
            lock (lease.Gate)
            {
                lease.OpenUntil = _time.GetUtcNow() + _settings.OutageRetry;
                lease.LastExchange = _time.GetUtcNow();
            }
            LimiterUnavailable(_logger, exception.Message);
        }
    }

    /// <summary>Hands back tokens held longer than a lease lives, and forgets clients that went quiet.</summary>
    private void Sweep()
    {
        if (Interlocked.Exchange(ref _sweeping, 1) == 1)
        {
            return;
        }
        _ = SweepAsync();
    }

    private async Task SweepAsync()
    {
        try
        {
            var now = _time.GetUtcNow();
            var handBacks = new List<Task>();
            foreach (var (partition, lease) in _leases)
            {
                long unspent;
                lock (lease.Gate)
                {
                    if (lease.IsExchanging || now - lease.LastExchange < _settings.LeaseLifetime)
                    {
                        continue;
                    }
                    unspent = lease.Tokens;
                    lease.Tokens = 0;
                    if (now >= lease.RefusedUntil && now >= lease.OpenUntil)
                    {
                        lease.Retired = true;
                    }
                }
                if (lease.Retired)
                {
                    _leases.TryRemove(KeyValuePair.Create(partition, lease));
                }
                if (unspent > 0)
                {
                    handBacks.Add(_shared.ExchangeAsync(partition, want: 0, giveBack: unspent));
                }
            }
            await Task.WhenAll(handBacks);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Tokens not handed back are the client's loss until its bucket refills; the cache being down lets it through anyway.
            LimiterUnavailable(_logger, exception.Message);
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    public void Dispose() => _sweeper.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limiter unavailable, requests let through: {Reason}")]
    private static partial void LimiterUnavailable(ILogger logger, string reason);
}
