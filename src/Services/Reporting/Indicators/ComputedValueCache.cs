using GiaLaiIct.ServiceDefaults.Caching;
using Microsoft.Extensions.Caching.Distributed;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// Computed values (indicator values, validations, compiled reports) cached in the shared cache server under the
/// province's inputs generation: any committed change of the province's data, in any service, moves the generation
/// on and so retires every entry computed before it. With no cache server there is no generation, and nothing is
/// cached. The value is computed in the caller's own flow (not in a cache-owned one) because computing it calls
/// other services with the caller's token.
/// </summary>
public sealed class ComputedValueCache(IServiceProvider services, IndicatorInputsGeneration generation)
{
    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) };

    private readonly IDistributedCache? _cache = services.GetService<IDistributedCache>();

    public async Task<T> GetOrComputeAsync<T>(
        string province, string key, Func<CancellationToken, Task<T>> compute, Func<T, byte[]> serialize, Func<byte[], T> deserialize, CancellationToken cancellationToken)
    {
        if (_cache is null || await generation.ReadAsync(province) is not { } current)
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
