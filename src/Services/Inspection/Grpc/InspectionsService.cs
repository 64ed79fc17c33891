using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Text;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using InspectionRecord = GiaLaiIct.Inspection.Domain.InspectionRecord;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.Inspection.Grpc;

public sealed class InspectionsService(InspectionDbContext db, UnitDirectory units) : Inspections.InspectionsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.InspectionRecord> CreateInspection(CreateInspectionRequest request, ServerCallContext context)
    {
        var candidate = await ValidateAsync(request, context.CancellationToken);
        var existing = await db.Inspections.AsNoTracking()
            .SingleOrDefaultAsync(i => i.ProvinceCode == candidate.ProvinceCode && i.Id == candidate.Id, context.CancellationToken);
        if (existing is not null)
        {
            return SameContent(existing, candidate)
                ? ToMessage(existing)
                : throw new RpcException(new Status(
                    StatusCode.AlreadyExists, $"Inspection {candidate.Id} already exists in province {candidate.ProvinceCode} with other values."));
        }
        db.Inspections.Add(candidate);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(candidate);
    }

    public override async Task<V1.InspectionRecord> GetInspection(GetInspectionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();

        var inspection = await db.Inspections.AsNoTracking()
            .SingleOrDefaultAsync(i => i.ProvinceCode == request.Province.Trim() && i.Id == request.Id.Trim(), context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Inspection {request.Id} does not exist in province {request.Province}."));
        return ToMessage(inspection);
    }

    public override async Task<ListInspectionsResponse> ListInspections(ListInspectionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        InspectionField? field = string.IsNullOrEmpty(request.Field) ? null : violations.Enum<InspectionField>("field", request.Field);
        violations.ThrowIfAny();

        var query = db.Inspections.AsNoTracking().Where(i => i.ProvinceCode == request.Province.Trim());
        if (field is { } wantedField)
        {
            query = query.Where(i => i.Field == wantedField);
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(i => i.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListInspectionsResponse { Inspections = { page.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    private async Task<InspectionRecord> ValidateAsync(CreateInspectionRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
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
        if (request.Subjects < 0)
        {
            violations.Add("subjects", $"must not be negative (got {request.Subjects})");
        }
        if (violations.Required("unit", request.Unit) && hasProvince
            && await units.FindAsync(request.Province.Trim(), request.Unit.Trim(), cancellationToken) is null)
        {
            violations.Add("unit", $"'{request.Unit}' does not exist in province {request.Province}");
        }
        violations.ThrowIfAny();

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
        };
    }

    private static bool SameContent(InspectionRecord stored, InspectionRecord candidate) =>
        stored.Kind == candidate.Kind
        && stored.Field == candidate.Field
        && stored.Lead == candidate.Lead
        && stored.UnitCode == candidate.UnitCode
        && stored.StartedOn == candidate.StartedOn
        && stored.EndedOn == candidate.EndedOn
        && stored.Subjects == candidate.Subjects;

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
        Version = inspection.Version,
    };
}
