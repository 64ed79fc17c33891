using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using AdministrativeUnit = GiaLaiIct.Reporting.Domain.AdministrativeUnit;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>
/// Administrative units of each province. Unit lists are read far more often than they change
/// (every service checks unit codes), so they are served through the shared cache and the
/// province's cache entries are dropped whenever one of its units changes.
/// </summary>
public sealed class AdministrativeUnitsService(ReportingDbContext db, HybridCache cache) : AdministrativeUnits.AdministrativeUnitsBase
{
    private static readonly HybridCacheEntryOptions CacheEntry = new()
    {
        Expiration = TimeSpan.FromMinutes(30),
        LocalCacheExpiration = TimeSpan.FromMinutes(1),
    };

    public override async Task<ListProvincesResponse> ListProvinces(ListProvincesRequest request, ServerCallContext context)
    {
        var provinces = await db.Units.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province)
            .OrderBy(u => u.Code)
            .ToListAsync(context.CancellationToken);
        return new ListProvincesResponse { Provinces = { provinces.Select(p => p.ToMessage()) } };
    }

    public override async Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var parent = request.Parent.Trim();
        return await cache.GetOrCreateAsync(
            $"units:{province}:{parent}",
            (db, province, parent),
            static async (state, cancellationToken) =>
            {
                var (db, province, parent) = state;
                await EnsureProvinceAsync(db, province, cancellationToken);
                if (parent.Length > 0 && !await db.Units.AnyAsync(u => u.Code == parent && u.ProvinceCode == province, cancellationToken))
                {
                    throw FieldViolations.ForField("parent", $"unit '{parent}' does not exist in province {province}");
                }
                var query = db.Units.AsNoTracking().Where(u => u.ProvinceCode == province && u.Level != UnitLevel.Province);
                query = parent.Length > 0 ? query.Where(u => u.ParentCode == parent) : query;
                var units = await query.OrderBy(u => u.Code).ToListAsync(cancellationToken);
                return new ListUnitsResponse { Units = { units.Select(u => u.ToMessage()) } };
            },
            CacheEntry,
            [UnitCacheTags.Province(province)],
            context.CancellationToken);
    }

    public override async Task<V1.AdministrativeUnit> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("code", request.Code);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var code = request.Code.Trim();
        return await cache.GetOrCreateAsync(
            $"unit:{province}:{code}",
            (db, province, code),
            static async (state, cancellationToken) =>
            {
                var (db, province, code) = state;
                var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code && u.ProvinceCode == province, cancellationToken)
                    ?? throw new RpcException(new Status(StatusCode.NotFound, $"Unit {code} does not exist in province {province}."));
                return unit.ToMessage();
            },
            CacheEntry,
            [UnitCacheTags.Province(province)],
            context.CancellationToken);
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.AdministrativeUnit> UpdateUnitDemographics(UpdateUnitDemographicsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("code", request.Code);
        if (request.Version <= 0)
        {
            violations.Add("version", "is required: send the version you last read");
        }
        if (request.HasPopulation && request.Population < 0)
        {
            violations.Add("population", $"must not be negative (got {request.Population})");
        }
        if (request.HasAreaKm2 && !(request.AreaKm2 > 0 && double.IsFinite(request.AreaKm2)))
        {
            violations.Add("areaKm2", $"must be a positive number of km² (got {request.AreaKm2})");
        }
        if (!request.HasPopulation && !request.HasAreaKm2)
        {
            violations.Add("population", "give population, areaKm2 or both");
        }
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var code = request.Code.Trim();
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code && u.ProvinceCode == province, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Unit {code} does not exist in province {province}."));

        // The client's version becomes the original value EF compares against, so a stale read loses.
        db.Entry(unit).Property(u => u.Version).OriginalValue = request.Version;
        if (request.HasPopulation)
        {
            unit.Population = request.Population;
        }
        if (request.HasAreaKm2)
        {
            unit.AreaKm2 = request.AreaKm2;
        }
        db.Entry(unit).State = EntityState.Modified;
        await db.SaveChangesAsync(context.CancellationToken);
        await cache.RemoveByTagAsync(UnitCacheTags.Province(province), context.CancellationToken);
        return unit.ToMessage();
    }


    private static async Task EnsureProvinceAsync(ReportingDbContext db, string province, CancellationToken cancellationToken)
    {
        if (!await db.HoldsProvinceAsync(province, cancellationToken))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"Province {province} is not loaded."));
        }
    }
}
