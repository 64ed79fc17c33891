using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Hybrid;

namespace GiaLaiIct.Reporting.Client;

/// <summary>
/// Looks up units in the Reporting service, which owns them, through the shared cache: a unit code
/// is checked on almost every write of every service, and units change rarely. Unknown codes are not
/// cached, so a unit imported a moment ago is found at once. Look-ups are made with the caller's token.
/// </summary>
public sealed class UnitDirectory(AdministrativeUnits.AdministrativeUnitsClient client, HybridCache cache, IHttpContextAccessor httpContextAccessor)
{
    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromMinutes(10),
        LocalCacheExpiration = TimeSpan.FromMinutes(1),
    };

    private static readonly HybridCacheEntryOptions ProvinceEntry = new()
    {
        Expiration = TimeSpan.FromMinutes(1),
        LocalCacheExpiration = TimeSpan.FromMinutes(1),
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    public async Task<UnitReference?> FindAsync(string province, string code, CancellationToken cancellationToken)
    {
        var key = $"unit-ref:v2:{province}:{code}";
        var unit = await cache.GetOrCreateAsync(
            key,
            // The factory may run on another thread, where the request being served is not known.
            (client, province, code, headers: ForwardCallerTokenInterceptor.CallerTokenHeaders(httpContextAccessor)),
            static async (state, token) =>
            {
                try
                {
                    var found = await state.client.GetUnitAsync(
                        new GetUnitRequest { Province = state.province, Code = state.code }, state.headers, cancellationToken: token);
                    return ToReference(found);
                }
                catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
                {
                    return null;
                }
            },
            Entry,
            cancellationToken: cancellationToken);
        if (unit is null)
        {
            await cache.RemoveAsync(key, cancellationToken);
        }
        return unit;
    }

    /// <summary>
    /// The province itself and every unit in it, or null for an unknown province. Kept a minute in this
    /// process only: enough for one computation of many figures, short enough that an import is soon seen.
    /// </summary>
    public async Task<ProvinceUnits?> ListProvinceAsync(string province, CancellationToken cancellationToken)
    {
        var key = $"province-units:{province}";
        var units = await cache.GetOrCreateAsync(
            key,
            (client, province, headers: ForwardCallerTokenInterceptor.CallerTokenHeaders(httpContextAccessor)),
            static async (state, token) =>
            {
                try
                {
                    var self = await state.client.GetUnitAsync(new GetUnitRequest { Province = state.province, Code = state.province }, state.headers, cancellationToken: token);
                    var inside = await state.client.ListUnitsAsync(new ListUnitsRequest { Province = state.province }, state.headers, cancellationToken: token);
                    var all = new ListUnitsResponse { Units = { self } };
                    all.Units.AddRange(inside.Units);
                    return all;
                }
                catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
                {
                    // Not null: the cache serializes what the factory answers, and a message cannot be null.
                    return new ListUnitsResponse();
                }
            },
            ProvinceEntry,
            cancellationToken: cancellationToken);
        // A province holds at least itself: no unit at all is a province Reporting does not know.
        if (units.Units.Count == 0)
        {
            await cache.RemoveAsync(key, cancellationToken);
            return null;
        }
        return new ProvinceUnits(units.Units.Select(ToReference));
    }

    private static UnitReference ToReference(AdministrativeUnit unit) =>
        new(unit.Code, unit.ProvinceCode, unit.Level, NullIfEmpty(unit.ParentCode), unit.Name, unit.Type);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
