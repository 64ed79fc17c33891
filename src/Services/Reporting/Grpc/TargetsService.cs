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

/// <summary>Yearly plan figures per indicator and unit. Setting one changes the "% of plan" of every value computed from it.</summary>
public sealed class TargetsService(ReportingDbContext db, FigureFieldChecks checks) : Targets.TargetsBase
{
    public override async Task<ListTargetsResponse> ListTargets(ListTargetsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        checks.IndicatorFilter(violations, "indicator", request.Indicator);
        if (request.Year != 0 && IndicatorFigureRules.YearProblem(request.Year) is { } problem)
        {
            violations.Add("year", problem);
        }
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var after = PageToken.Read<TargetKey>(violations, "pageToken", request.PageToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Targets.AsNoTracking().Where(t => t.ProvinceCode == province);
        if (!string.IsNullOrWhiteSpace(request.Indicator))
        {
            query = query.Where(t => t.Indicator == request.Indicator.Trim());
        }
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            query = query.Where(t => t.UnitCode == request.Unit.Trim());
        }
        if (request.Year != 0)
        {
            query = query.Where(t => t.Year == request.Year);
        }
        if (after is not null)
        {
            query = query.Where(t => t.Indicator.CompareTo(after.Indicator) > 0
                || (t.Indicator == after.Indicator && (t.UnitCode.CompareTo(after.Unit) > 0
                    || (t.UnitCode == after.Unit && (t.Year > after.Year
                        || (t.Year == after.Year && t.Category.CompareTo(after.Category) > 0))))));
        }
        var (rows, nextPageToken) = await query
            .OrderBy(t => t.Indicator).ThenBy(t => t.UnitCode).ThenBy(t => t.Year).ThenBy(t => t.Category)
            .TakePageAsync(pageSize, t => new TargetKey(t.Indicator, t.UnitCode, t.Year, t.Category), context.CancellationToken);
        return new ListTargetsResponse { Targets = { rows.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<Target> SetTarget(SetTargetRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var indicator = checks.Indicator(violations, "indicator", request.Indicator);
        var unit = await checks.UnitAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        if (IndicatorFigureRules.YearProblem(request.Year) is { } problem)
        {
            violations.Add("year", problem);
        }
        var category = FigureFieldChecks.Category(violations, "category", indicator, request.Category);
        var value = FigureFieldChecks.Figure(violations, "value", indicator, request.Value);
        violations.NotNegative("version", request.Version);
        violations.ThrowIfAny();

        var (province, figure) = (request.Province.Trim(), value!.Value);
        var key = new TargetKey(indicator!.Code, unit!.Code, request.Year, category);
        var target = await new VersionedUpsert<IndicatorTarget>(db, $"The target {key}").SetAsync(
            cancellationToken => db.Targets.SingleOrDefaultAsync(
                t => t.ProvinceCode == province && t.Indicator == key.Indicator && t.UnitCode == key.Unit && t.Year == key.Year && t.Category == key.Category,
                cancellationToken),
            () => new IndicatorTarget
            {
                ProvinceCode = province, Indicator = key.Indicator, UnitCode = key.Unit, Year = key.Year, Category = key.Category, Target = figure,
            },
            stored => stored.Target == figure,
            stored => stored.Target = figure,
            request.Version,
            context.CancellationToken);
        return ToMessage(target);
    }

    private static Target ToMessage(IndicatorTarget target) => new()
    {
        Province = target.ProvinceCode,
        Indicator = target.Indicator,
        Unit = target.UnitCode,
        Year = target.Year,
        Category = target.Category,
        Value = DecimalText.ToWire(target.Target),
        Version = target.Version,
    };

    private sealed record TargetKey(string Indicator, string Unit, int Year, string Category)
    {
        public override string ToString() => Category.Length == 0 ? $"{Indicator} / {Unit} / {Year}" : $"{Indicator} / {Unit} / {Year} / {Category}";
    }
}
