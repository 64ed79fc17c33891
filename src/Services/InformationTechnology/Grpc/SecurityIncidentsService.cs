using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Grpc;

public sealed class SecurityIncidentsService(InformationTechnologyDbContext db, UnitDirectory units) : SecurityIncidents.SecurityIncidentsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<Incident> CreateIncident(CreateIncidentRequest request, ServerCallContext context)
    {
        var candidate = await ValidateAsync(new IncidentFields(request.Province, request.Id, request.Type, request.DetectedAt, request.HandledAt, request.Unit, request.Description), null, context.CancellationToken);
        var created = await db.CreateOnceAsync(i => i.ProvinceCode == candidate.ProvinceCode && i.Id == candidate.Id, candidate, $"Incident {candidate.Id} already exists in province {candidate.ProvinceCode} with other values.", context.CancellationToken);
        return created.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<Incident> UpdateIncident(UpdateIncidentRequest request, ServerCallContext context)
    {
        var values = await ValidateAsync(new IncidentFields(request.Province, request.Id, request.Type, request.DetectedAt, request.HandledAt, request.Unit, request.Description), request.Version, context.CancellationToken);
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.ProvinceCode == values.ProvinceCode && i.Id == values.Id, context.CancellationToken)
            ?? throw NotFound(values.ProvinceCode, values.Id);
        incident.Take(values);
        await db.SaveAsOfVersionAsync(incident, request.Version, context.CancellationToken);
        return incident.ToMessage();
    }

    public override async Task<Incident> GetIncident(GetIncidentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();
        var (province, id) = (request.Province.Trim(), request.Id.Trim());
        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.ProvinceCode == province && i.Id == id, context.CancellationToken)
            ?? throw NotFound(province, id);
        return incident.ToMessage();
    }

    public override async Task<ListIncidentsResponse> ListIncidents(ListIncidentsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var type = violations.OptionalEnum<IncidentType>("type", request.Type);
        var handledIn = string.IsNullOrWhiteSpace(request.HandledIn) ? null : violations.Period("handledIn", request.HandledIn);
        if (handledIn is not null && request.OpenOnly)
        {
            violations.Add("openOnly", "open incidents have not been handled in any period: ask for one or the other");
        }
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Incidents.AsNoTracking().Where(i => i.ProvinceCode == province);
        if (type is { } wanted)
        {
            query = query.Where(i => i.Type == wanted);
        }
        if (unitCodes is not null)
        {
            query = query.Where(i => unitCodes.Contains(i.UnitCode));
        }
        if (handledIn is not null)
        {
            var (from, until) = (IncidentTime.StartOf(handledIn.Start), IncidentTime.StartOf(handledIn.End.AddDays(1)));
            query = query.Where(i => i.HandledAt >= from && i.HandledAt < until);
        }
        if (request.OpenOnly)
        {
            query = query.Where(i => i.HandledAt == null);
        }
        if (VietnameseText.Normalize(request.Q) is { Length: > 0 } words)
        {
            query = query.Where(i => i.Id.Contains(words) || (i.Description != null && i.Description.Contains(words)));
        }
        var (page, next) = await query.PageByKeyAsync(i => i.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListIncidentsResponse { Incidents = { page.Select(i => i.ToMessage()) }, NextPageToken = next };
    }

    private sealed record IncidentFields(string Province, string Id, string Type, string DetectedAt, string HandledAt, string Unit, string Description);

    private async Task<SecurityIncident> ValidateAsync(IncidentFields fields, long? version, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Required("province", fields.Province);
        violations.Required("id", fields.Id);
        violations.MaxLength("id", fields.Id.Trim(), 64);
        var type = violations.Enum<IncidentType>("type", fields.Type);
        var detected = Time(violations, "detectedAt", fields.DetectedAt, required: true);
        var handled = Time(violations, "handledAt", fields.HandledAt, required: false);
        if (detected is { } d && SecurityIncident.TimesProblem(d, handled) is { } problem)
        {
            violations.Add("handledAt", problem);
        }
        var unit = await units.UnitOrProvinceAsync(violations, "unit", fields.Province, fields.Unit, cancellationToken);
        violations.MaxLength("description", fields.Description.Trim(), 1000);
        if (version is { } read)
        {
            violations.VersionRead("version", read);
        }
        violations.ThrowIfAny();

        return new SecurityIncident
        {
            ProvinceCode = fields.Province.Trim(),
            Id = fields.Id.Trim(),
            Type = type!.Value,
            DetectedAt = detected!.Value,
            HandledAt = handled,
            UnitCode = unit!.Code,
            Description = VietnameseText.Normalize(fields.Description) is { Length: > 0 } description ? description : null,
        };
    }

    private static DateTime? Time(FieldViolations violations, string field, string value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                violations.Add(field, $"is required ({IncidentTime.Formats})");
            }
            return null;
        }
        if (IncidentTime.TryParse(value, out var local))
        {
            return local;
        }
        violations.Add(field, IncidentTime.NotATime(value));
        return null;
    }

    private static RpcException NotFound(string province, string id) =>
        new(new Status(StatusCode.NotFound, $"Incident {id} does not exist in province {province}."));
}
