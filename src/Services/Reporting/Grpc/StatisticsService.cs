using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Security;
using GiaLaiIct.ServiceDefaults.Text;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>
/// Figures submitted per indicator, unit, period and category. Every write changes the province's inputs, so the
/// values computed from them (kept in the shared cache) are recomputed on the next read.
/// </summary>
public sealed class StatisticsService(ReportingDbContext db, FigureFieldChecks checks) : Statistics.StatisticsBase
{
    public override async Task<ListStatisticsResponse> ListStatistics(ListStatisticsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        checks.IndicatorFilter(violations, "indicator", request.Indicator);
        if (!string.IsNullOrWhiteSpace(request.Period))
        {
            violations.Period("period", request.Period);
        }
        if (request.TotalOnly && !string.IsNullOrWhiteSpace(request.Category))
        {
            violations.Add("totalOnly", "asks for the totals, which have no category: give either category or totalOnly");
        }
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var after = PageToken.Read<StatisticKey>(violations, "pageToken", request.PageToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Statistics.AsNoTracking().Where(s => s.ProvinceCode == province);
        if (!string.IsNullOrWhiteSpace(request.Indicator))
        {
            query = query.Where(s => s.Indicator == request.Indicator.Trim());
        }
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            query = query.Where(s => s.UnitCode == request.Unit.Trim());
        }
        if (!string.IsNullOrWhiteSpace(request.Period))
        {
            query = query.Where(s => s.Period == request.Period.Trim());
        }
        if (request.TotalOnly)
        {
            query = query.Where(s => s.Category == string.Empty);
        }
        else if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = VietnameseText.Normalize(request.Category);
            query = query.Where(s => s.Category == category);
        }
        if (after is not null)
        {
            query = query.Where(s => s.Indicator.CompareTo(after.Indicator) > 0
                || (s.Indicator == after.Indicator && (s.UnitCode.CompareTo(after.Unit) > 0
                    || (s.UnitCode == after.Unit && (s.Period.CompareTo(after.Period) > 0
                        || (s.Period == after.Period && s.Category.CompareTo(after.Category) > 0))))));
        }
        var rows = await query
            .OrderBy(s => s.Indicator).ThenBy(s => s.UnitCode).ThenBy(s => s.Period).ThenBy(s => s.Category)
            .Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);
        var nextPageToken = string.Empty;
        if (rows.Count > pageSize)
        {
            rows.RemoveAt(pageSize);
            var last = rows[^1];
            nextPageToken = PageToken.Write(new StatisticKey(last.Indicator, last.UnitCode, last.Period, last.Category));
        }
        return new ListStatisticsResponse { Statistics = { rows.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<Statistic> SetStatistic(SetStatisticRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var indicator = checks.Indicator(violations, "indicator", request.Indicator);
        var unit = await checks.UnitAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        var period = violations.Period("period", request.Period);
        var category = FigureFieldChecks.Category(violations, "category", indicator, request.Category);
        var value = FigureFieldChecks.Figure(violations, "value", indicator, request.Value);
        violations.NotNegative("version", request.Version);
        violations.ThrowIfAny();
        Caller.From(context).EnsureMayWriteUnit(unit!.Code, unit.DistrictCode);

        var province = request.Province.Trim();
        var key = new StatisticKey(indicator!.Code, unit.Code, period!.Code, category);
        var statistic = await new VersionedUpsert<StatisticValue>(db, $"The figure {key}").SetAsync(
            cancellationToken => FindAsync(province, key, cancellationToken),
            () => new StatisticValue
            {
                ProvinceCode = province, Indicator = key.Indicator, UnitCode = key.Unit, Period = key.Period, Category = key.Category, Value = value!.Value,
            },
            stored => stored.Value == value,
            stored => stored.Value = value!.Value,
            request.Version,
            context.CancellationToken);
        return ToMessage(statistic);
    }

    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<DeleteStatisticResponse> DeleteStatistic(DeleteStatisticRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var indicator = checks.Indicator(violations, "indicator", request.Indicator);
        var unit = await checks.UnitAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        var period = violations.Period("period", request.Period);
        var category = FigureFieldChecks.Category(violations, "category", indicator, request.Category);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();
        Caller.From(context).EnsureMayWriteUnit(unit!.Code, unit.DistrictCode);

        var statistic = await FindAsync(request.Province.Trim(), new StatisticKey(indicator!.Code, unit.Code, period!.Code, category), context.CancellationToken);
        if (statistic is null)
        {
            return new DeleteStatisticResponse { Deleted = false };
        }
        db.Entry(statistic).Property(s => s.Version).OriginalValue = request.Version;
        db.Statistics.Remove(statistic);
        await db.SaveChangesAsync(context.CancellationToken);
        return new DeleteStatisticResponse { Deleted = true };
    }

    private Task<StatisticValue?> FindAsync(string province, StatisticKey key, CancellationToken cancellationToken) =>
        db.Statistics.SingleOrDefaultAsync(
            s => s.ProvinceCode == province && s.Indicator == key.Indicator && s.UnitCode == key.Unit && s.Period == key.Period && s.Category == key.Category,
            cancellationToken);

    private static Statistic ToMessage(StatisticValue statistic) => new()
    {
        Province = statistic.ProvinceCode,
        Indicator = statistic.Indicator,
        Unit = statistic.UnitCode,
        Period = statistic.Period,
        Category = statistic.Category,
        Value = DecimalText.ToWire(statistic.Value),
        Version = statistic.Version,
    };

    private sealed record StatisticKey(string Indicator, string Unit, string Period, string Category)
    {
        public override string ToString() => Category.Length == 0 ? $"{Indicator} / {Unit} / {Period}" : $"{Indicator} / {Unit} / {Period} / {Category}";
    }
}
