using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>
/// Figures submitted per indicator, unit, period and category. Every write changes the province's inputs, so the
/// values computed from them (kept in the shared cache) are recomputed on the next read.
/// </summary>
public sealed class StatisticsService(ReportingDbContext db, FigureFieldChecks checks, IndicatorCatalogue catalogue) : Statistics.StatisticsBase
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
        var (rows, nextPageToken) = await query
            .OrderBy(s => s.Indicator).ThenBy(s => s.UnitCode).ThenBy(s => s.Period).ThenBy(s => s.Category)
            .TakePageAsync(pageSize, s => new StatisticKey(s.Indicator, s.UnitCode, s.Period, s.Category), context.CancellationToken);
        return new ListStatisticsResponse { Statistics = { rows.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<Statistic> SetStatistic(SetStatisticRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = await ReadWrittenKeyAsync(violations, request.Province, request.Indicator, request.Unit, request.Period, request.Category, context);
        var value = FigureFieldChecks.Figure(violations, "value", catalogue.Find(request.Indicator.Trim()), request.Value);
        violations.NotNegative("version", request.Version);
        violations.ThrowIfAny();

        var (province, written, figure) = (request.Province.Trim(), key!, value!.Value);
        var statistic = await new VersionedUpsert<StatisticValue>(db, $"The figure {written}").SetAsync(
            cancellationToken => FindAsync(province, written, cancellationToken),
            () => new StatisticValue
            {
                ProvinceCode = province, Indicator = written.Indicator, UnitCode = written.Unit, Period = written.Period, Category = written.Category, Value = figure,
            },
            stored => stored.Value == figure,
            stored => stored.Value = figure,
            request.Version,
            context.CancellationToken);
        return ToMessage(statistic);
    }

    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<DeleteStatisticResponse> DeleteStatistic(DeleteStatisticRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = await ReadWrittenKeyAsync(violations, request.Province, request.Indicator, request.Unit, request.Period, request.Category, context);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var statistic = await FindAsync(request.Province.Trim(), key!, context.CancellationToken);
        if (statistic is null)
        {
            return new DeleteStatisticResponse { Deleted = false };
        }
        db.Entry(statistic).Property(s => s.Version).OriginalValue = request.Version;
        db.Statistics.Remove(statistic);
        await db.SaveChangesAsync(context.CancellationToken);
        return new DeleteStatisticResponse { Deleted = true };
    }

    /// <summary>
    /// The key of a figure to write or delete, when every part of it is valid; a district client may touch only
    /// figures of its district and its communes (checked once the key is known to be valid).
    /// </summary>
    private async Task<StatisticKey?> ReadWrittenKeyAsync(
        FieldViolations violations, string province, string indicatorCode, string unitCode, string periodCode, string categoryName, ServerCallContext context)
    {
        violations.Required("province", province);
        var indicator = checks.Indicator(violations, "indicator", indicatorCode);
        var unit = await checks.UnitAsync(violations, "unit", province, unitCode, context.CancellationToken);
        var period = violations.Period("period", periodCode);
        var category = FigureFieldChecks.Category(violations, "category", indicator, categoryName);
        if (indicator is null || unit is null || period is null || !violations.IsEmpty)
        {
            return null;
        }
        Caller.From(context).EnsureMayWriteUnit(unit.Code, unit.DistrictCode);
        return new StatisticKey(indicator.Code, unit.Code, period.Code, category);
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
