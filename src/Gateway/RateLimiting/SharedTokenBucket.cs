using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// The token bucket of one client as every gateway replica sees it, in the Redis-protocol cache and
/// changed only by one Lua script, so replicas draw from the same bucket. A replica takes tokens in
/// batches (<see cref="ExchangeAsync"/>) and hands back what it did not use; it never answers a
/// request from here directly (see <see cref="LeasedTokenBuckets"/>).
/// </summary>
public sealed class SharedTokenBucket
{
    public const string MeterName = "GiaLaiIct.Gateway.RateLimiting";
    public const string ExchangesInstrument = "gialai.gateway.rate_limit.cache_exchanges";

    // KEYS[1] bucket; ARGV: burst, tokens per second, now (ms), tokens wanted, tokens handed back.
    // Answers {tokens granted, retry after (ms) when none could be}.
    private const string Script = """
        local burst = tonumber(ARGV[1])
        local rate = tonumber(ARGV[2])
        local now = tonumber(ARGV[3])
        local want = tonumber(ARGV[4])
        local back = tonumber(ARGV[5])
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1]) or burst
        local at = tonumber(state[2]) or now
        if now > at then
          tokens = tokens + (now - at) / 1000 * rate
          at = now
        end
        tokens = math.min(burst, tokens + back)
        local granted = math.min(want, math.floor(tokens))
        if granted < 0 then granted = 0 end
        tokens = tokens - granted
        local retry = 0
        if want > 0 and granted == 0 then
          retry = math.ceil((1 - tokens) / rate * 1000)
        end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
        redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
        return {granted, retry}
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly IOptions<RateLimitOptions> _options;
    private readonly TimeProvider _time;
    private readonly Counter<long> _exchanges;

    public SharedTokenBucket(IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, TimeProvider time, IMeterFactory meters)
    {
        _redis = redis;
        _options = options;
        _time = time;
        _exchanges = meters.Create(MeterName).CreateCounter<long>(ExchangesInstrument, description: "Round trips to the cache for rate limits (batches of tokens taken or handed back).");
    }

    /// <summary>
    /// Takes up to <paramref name="want"/> whole tokens of the client's bucket after handing back
    /// <paramref name="giveBack"/> unused ones, in one round trip. Throws when the cache cannot be reached.
    /// </summary>
    public async Task<(long Granted, TimeSpan RetryAfter)> ExchangeAsync(string partition, long want, long giveBack)
    {
        var settings = _options.Value;
        _exchanges.Add(1);
        var result = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(
            Script,
            [new RedisKey(settings.KeyPrefix + partition)],
            [settings.Burst, settings.TokensPerSecond.ToString(CultureInfo.InvariantCulture), _time.GetUtcNow().ToUnixTimeMilliseconds(), want, giveBack]))!;
        return ((long)result[0], TimeSpan.FromMilliseconds((long)result[1]));
    }
}
