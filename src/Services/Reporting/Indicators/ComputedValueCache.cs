using GiaLaiIct.ServiceDefaults.Caching;
using Microsoft.Extensions.Caching.Hybrid;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// Computed values (indicator values, validations, compiled reports) cached under the province's inputs
/// generation: any committed change of the province's data, in any service, moves the generation on and so
/// retires every entry computed before it. With no cache server there is no generation, and nothing is cached.
/// </summary>
public sealed class ComputedValueCache(HybridCache cache, IndicatorInputsGeneration generation)
{
    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromMinutes(30),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    public async Task<T> GetOrComputeAsync<T>(string province, string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        if (await generation.ReadAsync(province) is not { } current)
        {
            return await compute(cancellationToken);
        }
        return await cache.GetOrCreateAsync(
            $"computed:{province}:{current}:{key}",
            compute,
            static (compute, token) => new ValueTask<T>(compute(token)),
            Entry,
            cancellationToken: cancellationToken);
    }
}
