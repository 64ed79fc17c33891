using Microsoft.Extensions.Caching.Distributed;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// Computed values (indicator values, validations, compiled reports) cached in the shared cache server under the
/// change stamps of every database they are made from (<see cref="InputsStamps"/>): a committed change anywhere
/// makes a new key, so an entry computed before it is never reached again, even when the cache server restarts
/// from an old snapshot or loses everything. The stamps are read before computing, so an entry holds data at
/// least as new as its key. With no cache server, or a stamp that cannot be read, nothing is cached. The value
/// is computed in the caller's own flow (not in a cache-owned one) because computing it calls other services
/// with the caller's token.
/// </summary>
public sealed class ComputedValueCache(IServiceProvider services, InputsStamps stamps)
{
    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) };

    private readonly IDistributedCache? _cache = services.GetService<IDistributedCache>();

    public async Task<T> GetOrComputeAsync<T>(
        string province, string key, Func<CancellationToken, Task<T>> compute, Func<T, byte[]> serialize, Func<byte[], T> deserialize, CancellationToken cancellationToken)
    {
        if (_cache is null || await stamps.ReadAsync(province, cancellationToken) is not { } current)
        {
            return await compute(cancellationToken);
        }
        var entryKey = $"computed:{province}:{current}:{key}";
        if (await _cache.GetAsync(entryKey, cancellationToken) is { } cached)
        {
            return deserialize(cached);
        }
        var value = await compute(cancellationToken);
        await _cache.SetAsync(entryKey, serialize(value), Entry, cancellationToken);
        return value;
    }
}
