using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PrintingOutput = GiaLaiIct.PressPublishing.Domain.PrintingOutput;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class PrintingOutputsService(PressPublishingDbContext db, UnitDirectory units) : PrintingOutputs.PrintingOutputsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PrintingOutput> SetPrintingOutput(SetPrintingOutputRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("facility", request.Facility);
        var facility = VietnameseText.Normalize(request.Facility) ?? string.Empty;
        violations.MaxLength("facility", facility, 200);
        var period = violations.Period("period", request.Period);
        violations.NotNegative("pages", request.Pages);
        violations.NotNegative("revenueVnd", request.RevenueVnd);
        if (request.HasPlanPages)
        {
            violations.NotNegative("planPages", request.PlanPages);
        }
        if (request.HasPlanRevenueVnd)
        {
            violations.NotNegative("planRevenueVnd", request.PlanRevenueVnd);
        }
        violations.NotNegative("version", request.Version);
        var unit = await units.RequireUnitAsync(violations, "unit", request.Province, request.Unit, communeOnly: false, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        long? planPages = request.HasPlanPages ? request.PlanPages : null;
        long? planRevenue = request.HasPlanRevenueVnd ? request.PlanRevenueVnd : null;
        var upsert = new VersionedUpsert<PrintingOutput>(db, $"Printing output of '{facility}' for {period!.Code}");
        var stored = await upsert.SetAsync(
            ct => db.PrintingOutputs.SingleOrDefaultAsync(o => o.ProvinceCode == province && o.Facility == facility && o.Period == period.Code, ct),
            () => new PrintingOutput
            {
                ProvinceCode = province, Facility = facility, FacilityFolded = VietnameseText.Fold(facility), Period = period.Code,
                PeriodStart = period.Start, PeriodEnd = period.End, UnitCode = unit!.Code, Pages = request.Pages, PlanPages = planPages,
                RevenueVnd = request.RevenueVnd, PlanRevenueVnd = planRevenue,
            },
            o => o.UnitCode == unit!.Code && o.Pages == request.Pages && o.PlanPages == planPages && o.RevenueVnd == request.RevenueVnd && o.PlanRevenueVnd == planRevenue,
            o =>
            {
                o.UnitCode = unit!.Code;
                o.Pages = request.Pages;
                o.PlanPages = planPages;
                o.RevenueVnd = request.RevenueVnd;
                o.PlanRevenueVnd = planRevenue;
            },
            request.Version,
            context.CancellationToken);
        return stored.ToMessage();
    }

    public override async Task<ListPrintingOutputsResponse> ListPrintingOutputs(ListPrintingOutputsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var period = string.IsNullOrWhiteSpace(request.Period) ? null : violations.Period("period", request.Period);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        var after = PageToken.Read<OutputKey>(violations, "pageToken", request.PageToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.PrintingOutputs.AsNoTracking().Where(o => o.ProvinceCode == province);
        if (period is not null)
        {
            query = query.Where(o => o.Period == period.Code);
        }
        if (unitCodes is not null)
        {
            query = query.Where(o => unitCodes.Contains(o.UnitCode));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            query = query.Where(o => o.FacilityFolded.Contains(words));
        }
        if (after is not null)
        {
            query = query.Where(o => o.Facility.CompareTo(after.Facility) > 0 || (o.Facility == after.Facility && o.Period.CompareTo(after.Period) > 0));
        }
        var (rows, next) = await query.OrderBy(o => o.Facility).ThenBy(o => o.Period)
            .TakePageAsync(pageSize, o => new OutputKey(o.Facility, o.Period), context.CancellationToken);
        return new ListPrintingOutputsResponse { Outputs = { rows.Select(o => o.ToMessage()) }, NextPageToken = next };
    }

    private sealed record OutputKey(string Facility, string Period);
}
