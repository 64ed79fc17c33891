using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using InspectionRecord = GiaLaiIct.Inspection.Domain.InspectionRecord;

namespace GiaLaiIct.Inspection.Grpc;

public sealed class InspectionsService(InspectionDbContext db, UnitDirectory units) : Inspections.InspectionsBase
{
    private sealed record InspectionFields(
        string Province, string Id, string Kind, string Field, string Lead, string Unit, string StartedOn, string EndedOn,
        int Subjects, int Violations, int ViolationsWithoutSanction, int PlanYear, int PlanItem);

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.InspectionRecord> CreateInspection(CreateInspectionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var candidate = await ValidateAsync(violations, new InspectionFields(request.Province, request.Id, request.Kind, request.Field, request.Lead,
            request.Unit, request.StartedOn, request.EndedOn, request.Subjects, request.Violations, request.ViolationsWithoutSanction,
            request.PlanYear, request.PlanItem), context.CancellationToken);
        violations.ThrowIfAny();

        var created = await db.CreateOnceAsync<Domain.InspectionRecord>(
            i => i.ProvinceCode == candidate!.ProvinceCode && i.Id == candidate.Id,
            stored => SameContent(stored, candidate!),
            () => candidate!,
            _ => $"Inspection {candidate!.Id} already exists in province {candidate.ProvinceCode} with other values.",
            context.CancellationToken);
        return ToMessage(created);
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.InspectionRecord> UpdateInspection(UpdateInspectionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var candidate = await ValidateAsync(violations, new InspectionFields(request.Province, request.Id, request.Kind, request.Field, request.Lead,
            request.Unit, request.StartedOn, request.EndedOn, request.Subjects, request.Violations, request.ViolationsWithoutSanction,
            request.PlanYear, request.PlanItem), context.CancellationToken);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var inspection = await FindAsync(candidate!.ProvinceCode, candidate.Id, tracked: true, context.CancellationToken);
        inspection.Kind = candidate.Kind;
        inspection.Field = candidate.Field;
        inspection.Lead = candidate.Lead;
        inspection.UnitCode = candidate.UnitCode;
        inspection.StartedOn = candidate.StartedOn;
        inspection.EndedOn = candidate.EndedOn;
        inspection.Subjects = candidate.Subjects;
        inspection.Violations = candidate.Violations;
        inspection.ViolationsWithoutSanction = candidate.ViolationsWithoutSanction;
        inspection.PlanYear = candidate.PlanYear;
        inspection.PlanItem = candidate.PlanItem;
        await db.SaveAsOfVersionAsync(inspection, request.Version, context.CancellationToken);
        return ToMessage(inspection);
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.InspectionRecord> CloseInspection(CloseInspectionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        var endedOn = violations.Date("endedOn", request.EndedOn);
        var conclusion = SearchWords.Text(request.Conclusion);
        violations.Required("conclusion", conclusion);
        violations.MaxLength("conclusion", conclusion, 2000);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var inspection = await FindAsync(request.Province.Trim(), request.Id.Trim(), tracked: true, context.CancellationToken);
        if (inspection.Close(endedOn!.Value, conclusion!) is { } problem)
        {
            throw FieldViolations.ForField("endedOn", problem);
        }
        await db.SaveAsOfVersionAsync(inspection, request.Version, context.CancellationToken);
        return ToMessage(inspection);
    }

    public override async Task<V1.InspectionRecord> GetInspection(GetInspectionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();
        return ToMessage(await FindAsync(request.Province.Trim(), request.Id.Trim(), tracked: false, context.CancellationToken));
    }

    public override async Task<ListInspectionsResponse> ListInspections(ListInspectionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var field = violations.OptionalEnum<InspectionField>("field", request.Field);
        var lead = violations.OptionalEnum<InspectionLead>("lead", request.Lead);
        var kind = violations.OptionalEnum<InspectionKind>("kind", request.Kind);
        var from = violations.Date("startedFrom", request.StartedFrom, required: false);
        var to = violations.Date("startedTo", request.StartedTo, required: false);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var query = db.Inspections.AsNoTracking().Where(i => i.ProvinceCode == request.Province.Trim());
        if (field is { } wantedField)
        {
            query = query.Where(i => i.Field == wantedField);
        }
        if (lead is { } wantedLead)
        {
            query = query.Where(i => i.Lead == wantedLead);
        }
        if (kind is { } wantedKind)
        {
            query = query.Where(i => i.Kind == wantedKind);
        }
        if (from is { } start)
        {
            query = query.Where(i => i.StartedOn >= start);
        }
        if (to is { } end)
        {
            query = query.Where(i => i.StartedOn <= end);
        }
        if (unitCodes is not null)
        {
            query = query.Where(i => unitCodes.Contains(i.UnitCode));
        }
        if (SearchWords.Text(request.Q) is { } words)
        {
            query = query.Where(i => i.Id.Contains(words));
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(i => i.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListInspectionsResponse { Inspections = { page.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    private async Task<InspectionRecord> FindAsync(string province, string id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Inspections : db.Inspections.AsNoTracking();
        return await query.SingleOrDefaultAsync(i => i.ProvinceCode == province && i.Id == id, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Inspection {id} does not exist in province {province}."));
    }

    private async Task<InspectionRecord?> ValidateAsync(FieldViolations violations, InspectionFields request, CancellationToken cancellationToken)
    {
        var hasProvince = violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.MaxLength("id", request.Id, 64);
        var kind = violations.Enum<InspectionKind>("kind", request.Kind);
        var field = violations.Enum<InspectionField>("field", request.Field);
        var lead = violations.Enum<InspectionLead>("lead", request.Lead);
        var startedOn = violations.Date("startedOn", request.StartedOn);
        var endedOn = violations.Date("endedOn", request.EndedOn, required: false);
        if (startedOn is { } start && endedOn is { } end && end < start)
        {
            violations.Add("endedOn", $"{end.ToWire()} is before startedOn {start.ToWire()}");
        }
        violations.NotNegative("subjects", request.Subjects);
        violations.NotNegative("violations", request.Violations);
        violations.NotNegative("violationsWithoutSanction", request.ViolationsWithoutSanction);
        if (request.Subjects >= 0 && request.Violations >= 0 && request.ViolationsWithoutSanction >= 0
            && InspectionRecord.FindingsProblem(request.Subjects, request.Violations, request.ViolationsWithoutSanction) is { } problem)
        {
            violations.Add(request.Violations > request.Subjects ? "violations" : "violationsWithoutSanction", problem);
        }
        if ((request.PlanYear == 0) != (request.PlanItem == 0))
        {
            violations.Add(request.PlanYear == 0 ? "planYear" : "planItem", "a plan item is named by both its plan's year and its number");
        }
        else if (request.PlanYear != 0 && hasProvince
            && !await db.PlannedInspections.AnyAsync(p => p.ProvinceCode == request.Province.Trim() && p.Year == request.PlanYear && p.Item == request.PlanItem, cancellationToken))
        {
            violations.Add("planItem", $"item {request.PlanItem} of the {request.PlanYear} plan does not exist");
        }
        await units.RequireUnitAsync(violations, "unit", request.Province, request.Unit, communeOnly: false, cancellationToken);
        if (!violations.IsEmpty)
        {
            return null;
        }
        return new InspectionRecord
        {
            ProvinceCode = request.Province.Trim(),
            Id = request.Id.Trim(),
            Kind = kind!.Value,
            Field = field!.Value,
            Lead = lead!.Value,
            UnitCode = request.Unit.Trim(),
            StartedOn = startedOn!.Value,
            EndedOn = endedOn,
            Subjects = request.Subjects,
            Violations = request.Violations,
            ViolationsWithoutSanction = request.ViolationsWithoutSanction,
            PlanYear = request.PlanYear == 0 ? null : request.PlanYear,
            PlanItem = request.PlanItem == 0 ? null : request.PlanItem,
        };
    }

    private static bool SameContent(InspectionRecord stored, InspectionRecord candidate) =>
        stored.Kind == candidate.Kind
        && stored.Field == candidate.Field
        && stored.Lead == candidate.Lead
        && stored.UnitCode == candidate.UnitCode
        && stored.StartedOn == candidate.StartedOn
        && stored.EndedOn == candidate.EndedOn
        && stored.Subjects == candidate.Subjects
        && stored.Violations == candidate.Violations
        && stored.ViolationsWithoutSanction == candidate.ViolationsWithoutSanction
        && stored.PlanYear == candidate.PlanYear
        && stored.PlanItem == candidate.PlanItem;

    private static V1.InspectionRecord ToMessage(InspectionRecord inspection) => new()
    {
        Province = inspection.ProvinceCode,
        Id = inspection.Id,
        Kind = WireNames.ToWire(inspection.Kind),
        Field = WireNames.ToWire(inspection.Field),
        Lead = WireNames.ToWire(inspection.Lead),
        Unit = inspection.UnitCode,
        StartedOn = inspection.StartedOn.ToWire(),
        EndedOn = inspection.EndedOn?.ToWire() ?? string.Empty,
        Subjects = inspection.Subjects,
        Violations = inspection.Violations,
        ViolationsWithoutSanction = inspection.ViolationsWithoutSanction,
        Conclusion = inspection.Conclusion ?? string.Empty,
        PlanYear = inspection.PlanYear ?? 0,
        PlanItem = inspection.PlanItem ?? 0,
        Version = inspection.Version,
    };
}
