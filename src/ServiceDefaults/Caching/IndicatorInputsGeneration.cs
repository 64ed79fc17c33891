using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace GiaLaiIct.ServiceDefaults.Caching;

/// <summary>
/// A counter per province in the shared cache server, moved on by every service whenever it commits a change of
/// that province's data. Computed indicator values are cached under the counter's value, so a change anywhere
/// makes every cached value of the province unreachable at once, across services and instances. Without the
/// cache server there is no counter, and values are simply not cached.
/// </summary>
public sealed class IndicatorInputsGeneration(IServiceProvider services, ILogger<IndicatorInputsGeneration> logger)
{
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();

    private static RedisKey Key(string province) => $"gialai:indicator-inputs:{province}";

    public async Task AdvanceAsync(IReadOnlyCollection<string> provinces)
    {
        if (_redis is null || provinces.Count == 0)
        {
            return;
        }
        try
        {
            var database = _redis.GetDatabase();
            await Task.WhenAll(provinces.Select(province => database.StringIncrementAsync(Key(province))));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The change is committed; cached values of these provinces may outlive it until they expire.
            logger.LogWarning(exception, "Could not mark indicator inputs of provinces {Provinces} as changed", string.Join(", ", provinces));
        }
    }

    /// <summary>The province's counter, or null when there is no cache server to read it from (then nothing may be cached).</summary>
    public async Task<long?> ReadAsync(string province)
    {
        if (_redis is null)
        {
            return null;
        }
        try
        {
            var value = await _redis.GetDatabase().StringGetAsync(Key(province));
            return value.IsNull ? 0 : (long)value;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "Could not read the indicator inputs counter of province {Province}; computing without cache", province);
            return null;
        }
    }
}
