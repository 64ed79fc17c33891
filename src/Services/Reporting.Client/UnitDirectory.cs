using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceDefaults.Grpc;
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

    public async Task<UnitReference?> FindAsync(string province, string code, CancellationToken cancellationToken)
    {
        var key = $"unit-ref:{province}:{code}";
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
                    return new UnitReference(found.Code, found.ProvinceCode, found.Level, NullIfEmpty(found.ParentCode), found.Name);
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

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
