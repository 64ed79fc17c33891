using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace GiaLaiIct.ServiceDefaults.Caching;

/// <summary>
/// Puts the Redis cache in front of HybridCache so that an unreachable server reads as a miss and
/// a failed write or removal is logged, never thrown: the cache speeds requests up, it must not fail
/// them (a write already committed to the database would otherwise be reported as an error).
/// Entries expire, so one that a lost removal left behind lives no longer than its expiry.
/// </summary>
public sealed partial class FailSoftDistributedCache(IDistributedCache inner, ILogger<FailSoftDistributedCache> logger) : IDistributedCache
{
    public byte[]? Get(string key) => Try(() => inner.Get(key), "read", key);

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        try
        {
            return await inner.GetAsync(key, token);
        }
        catch (Exception exception) when (IsCacheOutage(exception))
        {
            CacheUnavailable(logger, "read", key, exception.Message);
            return null;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Try(() => { inner.Set(key, value, options); return true; }, "write", key);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(() => inner.SetAsync(key, value, options, token), "write", key);

    public void Refresh(string key) => Try(() => { inner.Refresh(key); return true; }, "refresh", key);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        TryAsync(() => inner.RefreshAsync(key, token), "refresh", key);

    public void Remove(string key) => Try(() => { inner.Remove(key); return true; }, "remove", key);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        TryAsync(() => inner.RemoveAsync(key, token), "remove", key);

    private static bool IsCacheOutage(Exception exception) => exception is RedisException or TimeoutException;

    private T? Try<T>(Func<T> action, string operation, string key)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (IsCacheOutage(exception))
        {
            CacheUnavailable(logger, operation, key, exception.Message);
            return default;
        }
    }

    private async Task TryAsync(Func<Task> action, string operation, string key)
    {
        try
        {
            await action();
        }
        catch (Exception exception) when (IsCacheOutage(exception))
        {
            CacheUnavailable(logger, operation, key, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache unavailable for {Operation} of {Key}; carrying on without it: {Reason}")]
    private static partial void CacheUnavailable(ILogger logger, string operation, string key, string reason);
}
