using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GiaLaiIct.Gateway.RateLimiting;

/// <summary>
/// A token bucket per client kept in the Redis-protocol cache and updated by one Lua script, so every
/// gateway replica draws from the same bucket. When the cache cannot be reached the request is let
/// through: a cache outage must not lock every client out.
/// </summary>
public sealed partial class DistributedTokenBucket(
    IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<DistributedTokenBucket> logger)
{
    // KEYS[1] bucket; ARGV: burst, tokens per second, now (ms). Answers {allowed (0/1), retry after (ms)}.
    private const string Script = """
        local burst = tonumber(ARGV[1])
        local rate = tonumber(ARGV[2])
        local now = tonumber(ARGV[3])
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1]) or burst
        local at = tonumber(state[2]) or now
        if now > at then
          tokens = math.min(burst, tokens + (now - at) / 1000 * rate)
          at = now
        end
        local allowed = 0
        local retry = 0
        if tokens >= 1 then
          tokens = tokens - 1
          allowed = 1
        else
          retry = math.ceil((1 - tokens) / rate * 1000)
        end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
        redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
        return {allowed, retry}
        """;

    public async Task<(bool Allowed, TimeSpan RetryAfter)> TryTakeAsync(string client)
    {
        var settings = options.Value;
        try
        {
            var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
                Script,
                [new RedisKey($"gateway:ratelimit:{client}")],
                [settings.Burst, settings.TokensPerSecond.ToString(CultureInfo.InvariantCulture), time.GetUtcNow().ToUnixTimeMilliseconds()]))!;
            return ((int)result[0] == 1, TimeSpan.FromMilliseconds((long)result[1]));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LimiterUnavailable(logger, exception.Message);
            return (true, TimeSpan.Zero);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limiter unavailable, request let through: {Reason}")]
    private static partial void LimiterUnavailable(ILogger logger, string reason);
}
