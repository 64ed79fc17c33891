using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Plan = GiaLaiIct.Inspection.Domain.InspectionPlan;
using Planned = GiaLaiIct.Inspection.Domain.PlannedInspection;

namespace GiaLaiIct.Inspection.Grpc;

public sealed class InspectionPlansService(InspectionDbContext db, UnitDirectory units) : InspectionPlans.InspectionPlansBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.InspectionPlan> SetPlan(SetPlanRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        Year(violations, request.Year);
        var title = SearchWords.Text(request.Title);
        violations.Required("title", title);
        violations.MaxLength("title", title, 500);
        var approvedOn = violations.Date("approvedOn", request.ApprovedOn, required: false);
        violations.NotNegative("version", request.Version);
        await units.RequireLoadedProvinceAsync(violations, request.Province, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var plan = await new VersionedUpsert<Plan>(db, $"The {request.Year} inspection plan of province {province}").SetAsync(
            ct => db.Plans.SingleOrDefaultAsync(p => p.ProvinceCode == province && p.Year == request.Year, ct),
            () => new Plan { ProvinceCode = province, Year = request.Year, Title = title!, ApprovedOn = approvedOn },
            stored => stored.Title == title && stored.ApprovedOn == approvedOn,
            stored =>
            {
                stored.Title = title!;
                stored.ApprovedOn = approvedOn;
            },
            request.Version, context.CancellationToken);
        return await ToMessageAsync(plan, context.CancellationToken);
    }

    public override async Task<V1.InspectionPlan> GetPlan(GetPlanRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        Year(violations, request.Year);
        violations.ThrowIfAny();
        var province = request.Province.Trim();
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.ProvinceCode == province && p.Year == request.Year, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Province {province} has no {request.Year} inspection plan."));
        return await ToMessageAsync(plan, context.CancellationToken);
    }

    public override async Task<ListPlansResponse> ListPlans(ListPlansRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var after = 0;
        if (request.PageToken.Length > 0 && !int.TryParse(request.PageToken, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after))
        {
            violations.Add("pageToken", "is not a token this listing gave");
        }
        violations.ThrowIfAny();
        var province = request.Province.Trim();
        var plans = await db.Plans.AsNoTracking().Where(p => p.ProvinceCode == province && p.Year > after).OrderBy(p => p.Year)
            .Take(pageSize + 1).ToListAsync(context.CancellationToken);
        var next = plans.Count > pageSize ? plans[pageSize - 1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var response = new ListPlansResponse { NextPageToken = next };
        foreach (var plan in plans.Take(pageSize))
        {
            response.Plans.Add(await ToMessageAsync(plan, context.CancellationToken));
        }
        return response;
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PlannedInspection> SetPlannedInspection(SetPlannedInspectionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        Year(violations, request.Year);
        if (request.Item <= 0)
        {
            violations.Add("item", $"is the item's number in the plan, from 1 (got {request.Item})");
        }
        var field = violations.Enum<InspectionField>("field", request.Field);
        var lead = violations.Enum<InspectionLead>("lead", request.Lead);
        var subject = SearchWords.Text(request.Subject);
        violations.Required("subject", subject);
        violations.MaxLength("subject", subject, 500);
        if (request.Quarter is < 0 or > 4)
        {
            violations.Add("quarter", $"is 1 to 4, or 0 for the whole year (got {request.Quarter})");
        }
        violations.NotNegative("version", request.Version);
        await units.RequireLoadedProvinceAsync(violations, request.Province, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        if (!await db.Plans.AnyAsync(p => p.ProvinceCode == province && p.Year == request.Year, context.CancellationToken))
        {
            throw FieldViolations.ForField("year", $"province {province} has no {request.Year} inspection plan: set the plan first");
        }
        int? quarter = request.Quarter == 0 ? null : request.Quarter;
        var planned = await new VersionedUpsert<Planned>(db, $"Item {request.Item} of the {request.Year} inspection plan").SetAsync(
            ct => db.PlannedInspections.SingleOrDefaultAsync(p => p.ProvinceCode == province && p.Year == request.Year && p.Item == request.Item, ct),
            () => new Planned { ProvinceCode = province, Year = request.Year, Item = request.Item, Field = field!.Value, Lead = lead!.Value, Subject = subject!, Quarter = quarter },
            stored => stored.Field == field && stored.Lead == lead && stored.Subject == subject && stored.Quarter == quarter,
            stored =>
            {
                stored.Field = field!.Value;
                stored.Lead = lead!.Value;
                stored.Subject = subject!;
                stored.Quarter = quarter;
            },
            request.Version, context.CancellationToken);
        var carriedOut = await db.Inspections.AsNoTracking()
            .Where(i => i.ProvinceCode == province && i.PlanYear == planned.Year && i.PlanItem == planned.Item).Select(i => i.Id).ToListAsync(context.CancellationToken);
        return ToMessage(planned, carriedOut);
    }

    public override async Task<ListPlannedInspectionsResponse> ListPlannedInspections(ListPlannedInspectionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        Year(violations, request.Year);
        var field = violations.OptionalEnum<InspectionField>("field", request.Field);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.PlannedInspections.AsNoTracking().Where(p => p.ProvinceCode == province && p.Year == request.Year);
        if (field is { } wanted)
        {
            query = query.Where(p => p.Field == wanted);
        }
        var items = await query.OrderBy(p => p.Item).ToListAsync(context.CancellationToken);
        var carriers = (await db.Inspections.AsNoTracking()
                .Where(i => i.ProvinceCode == province && i.PlanYear == request.Year)
                .Select(i => new { i.PlanItem, i.Id }).ToListAsync(context.CancellationToken))
            .ToLookup(i => i.PlanItem, i => i.Id);
        var response = new ListPlannedInspectionsResponse();
        foreach (var item in items)
        {
            var ids = carriers[item.Item].Order(StringComparer.Ordinal).ToList();
            if (!request.PendingOnly || ids.Count == 0)
            {
                response.PlannedInspections.Add(ToMessage(item, ids));
            }
        }
        return response;
    }

    private static void Year(FieldViolations violations, int year)
    {
        if (year is < 2000 or > 2100)
        {
            violations.Add("year", $"is a year such as 2018 (got {year})");
        }
    }

    private async Task<V1.InspectionPlan> ToMessageAsync(Plan plan, CancellationToken cancellationToken)
    {
        var planned = await db.PlannedInspections.CountAsync(p => p.ProvinceCode == plan.ProvinceCode && p.Year == plan.Year, cancellationToken);
        var carriedOut = await db.Inspections.Where(i => i.ProvinceCode == plan.ProvinceCode && i.PlanYear == plan.Year && i.PlanItem != null)
            .Select(i => i.PlanItem).Distinct().CountAsync(cancellationToken);
        return new V1.InspectionPlan
        {
            Province = plan.ProvinceCode,
            Year = plan.Year,
            Title = plan.Title,
            ApprovedOn = plan.ApprovedOn?.ToWire() ?? string.Empty,
            Planned = planned,
            CarriedOut = carriedOut,
            Version = plan.Version,
        };
    }

    private static V1.PlannedInspection ToMessage(Planned item, IEnumerable<string> inspections) => new()
    {
        Province = item.ProvinceCode,
        Year = item.Year,
        Item = item.Item,
        Field = WireNames.ToWire(item.Field),
        Lead = WireNames.ToWire(item.Lead),
        Subject = item.Subject,
        Quarter = item.Quarter ?? 0,
        Inspections = { inspections },
        Version = item.Version,
    };
}
