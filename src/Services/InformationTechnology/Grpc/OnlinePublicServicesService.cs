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

public sealed class OnlinePublicServicesService(InformationTechnologyDbContext db, UnitDirectory units, TimeProvider clock) : OnlinePublicServices.OnlinePublicServicesBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<OnlineService> CreateOnlineService(CreateOnlineServiceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var candidate = await ValidateAsync(violations, new ServiceFields(
            request.Province, request.Code, request.Name, request.AgencyCode, request.AgencyName, request.Level, request.EffectiveFrom, request.EffectiveTo, request.Unit), context.CancellationToken);
        violations.ThrowIfAny();
        var created = await db.CreateOnceAsync<OnlinePublicService>(
            s => s.ProvinceCode == candidate.ProvinceCode && s.Code == candidate.Code,
            stored => SameContent(stored, candidate),
            () =>
            {
                db.OnlineServiceLevelChanges.Add(candidate.FirstLevel());
                return candidate;
            },
            _ => $"Online service {candidate.Code} already exists in province {candidate.ProvinceCode} with other values.",
            context.CancellationToken);
        return created.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<OnlineService> UpdateOnlineService(UpdateOnlineServiceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new ServiceFields(
            request.Province, request.Code, request.Name, request.AgencyCode, request.AgencyName, request.Level, request.EffectiveFrom, request.EffectiveTo, request.Unit), context.CancellationToken);
        var changedOn = violations.Date("levelChangedOn", request.LevelChangedOn, required: false);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var service = await db.OnlineServices.SingleOrDefaultAsync(s => s.ProvinceCode == values.ProvinceCode && s.Code == values.Code, context.CancellationToken)
            ?? throw NotFound(values.ProvinceCode, values.Code);
        service.EffectiveFrom = values.EffectiveFrom;
        var lastChange = await db.OnlineServiceLevelChanges.AsNoTracking()
            .Where(c => c.ProvinceCode == service.ProvinceCode && c.ServiceCode == service.Code)
            .OrderByDescending(c => c.Sequence)
            .FirstOrDefaultAsync(context.CancellationToken);
        if (service.ChangeLevel(values.Level, changedOn ?? clock.Today(), lastChange, out var problem) is { } change)
        {
            db.OnlineServiceLevelChanges.Add(change);
        }
        if (problem is not null)
        {
            throw FieldViolations.ForField("levelChangedOn", problem);
        }
        service.Name = values.Name;
        service.NameFolded = values.NameFolded;
        service.AgencyCode = values.AgencyCode;
        service.AgencyName = values.AgencyName;
        service.UnitCode = values.UnitCode;
        service.EffectiveTo = values.EffectiveTo;
        await db.SaveAsOfVersionAsync(service, request.Version, context.CancellationToken);
        return service.ToMessage();
    }

    public override async Task<OnlineService> GetOnlineService(GetOnlineServiceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("code", request.Code);
        violations.ThrowIfAny();

        var (province, code) = (request.Province.Trim(), request.Code.Trim());
        var service = await db.OnlineServices.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProvinceCode == province && s.Code == code, context.CancellationToken)
            ?? throw NotFound(province, code);
        var history = await db.OnlineServiceLevelChanges.AsNoTracking()
            .Where(c => c.ProvinceCode == province && c.ServiceCode == code)
            .OrderBy(c => c.Sequence)
            .ToListAsync(context.CancellationToken);
        var message = service.ToMessage();
        message.History.AddRange(history.Select(c => new OnlineServiceLevelEntry { Level = c.Level, EffectiveOn = c.EffectiveOn.ToWire() }));
        return message;
    }

    public override async Task<ListOnlineServicesResponse> ListOnlineServices(ListOnlineServicesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        if (request.Level is not 0 and (< OnlinePublicService.MinLevel or > OnlinePublicService.MaxLevel))
        {
            violations.Add("level", $"must be 1–4, or 0 for every level (got {request.Level})");
        }
        var offeredOn = violations.Date("offeredOn", request.OfferedOn, required: false);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.OnlineServices.AsNoTracking().Where(s => s.ProvinceCode == province);
        if (request.AgencyCode.Length > 0)
        {
            query = query.Where(s => s.AgencyCode == request.AgencyCode);
        }
        if (unitCodes is not null)
        {
            query = query.Where(s => unitCodes.Contains(s.UnitCode));
        }
        if (offeredOn is { } day)
        {
            query = query.Where(s => s.EffectiveFrom <= day && (s.EffectiveTo == null || s.EffectiveTo > day));
            if (request.Level != 0)
            {
                var atLevel = db.OnlineServiceLevelChanges
                    .Where(c => c.ProvinceCode == province && c.EffectiveOn <= day && c.Level == request.Level
                        && !db.OnlineServiceLevelChanges.Any(d => d.ProvinceCode == c.ProvinceCode && d.ServiceCode == c.ServiceCode && d.EffectiveOn <= day && d.Sequence > c.Sequence))
                    .Select(c => c.ServiceCode);
                query = query.Where(s => atLevel.Contains(s.Code));
            }
        }
        else if (request.Level != 0)
        {
            query = query.Where(s => s.Level == request.Level);
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var code = request.Q.Trim();
            query = query.Where(s => s.NameFolded.Contains(words) || s.Code.Contains(code));
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(s => s.Code, request.PageToken, pageSize, context.CancellationToken);
        return new ListOnlineServicesResponse { Services = { page.Select(s => s.ToMessage()) }, NextPageToken = nextPageToken };
    }

    private sealed record ServiceFields(
        string Province, string Code, string Name, string AgencyCode, string AgencyName, int Level, string EffectiveFrom, string EffectiveTo, string Unit);

    /// <summary>Every field checked; the service as it would be stored, meaningful only when no violation was added.</summary>
    private async Task<OnlinePublicService> ValidateAsync(FieldViolations violations, ServiceFields fields, CancellationToken cancellationToken)
    {
        violations.Required("province", fields.Province);
        violations.Required("code", fields.Code);
        violations.MaxLength("code", fields.Code.Trim(), 64);
        violations.Required("name", fields.Name);
        violations.MaxLength("name", fields.Name.Trim(), 500);
        violations.Required("agencyCode", fields.AgencyCode);
        violations.MaxLength("agencyCode", fields.AgencyCode.Trim(), 64);
        violations.Required("agencyName", fields.AgencyName);
        violations.MaxLength("agencyName", fields.AgencyName.Trim(), 200);
        if (fields.Level is < OnlinePublicService.MinLevel or > OnlinePublicService.MaxLevel)
        {
            violations.Add("level", $"must be between 1 and 4 (got {fields.Level})");
        }
        var from = violations.Date("effectiveFrom", fields.EffectiveFrom);
        var to = violations.Date("effectiveTo", fields.EffectiveTo, required: false);
        if (from is { } start && to is { } end && end < start)
        {
            violations.Add("effectiveTo", $"{end.ToWire()} is before effectiveFrom {start.ToWire()}");
        }
        var province = fields.Province.Trim();
        var agencyCode = fields.AgencyCode.Trim();
        var unitCode = province;
        if (!string.IsNullOrWhiteSpace(fields.Unit))
        {
            unitCode = (await units.RequireUnitAsync(violations, "unit", fields.Province, fields.Unit, communeOnly: false, cancellationToken))?.Code ?? province;
        }
        else if (province.Length > 0 && agencyCode.Length > 0)
        {
            unitCode = await db.Agencies.AsNoTracking().Where(a => a.ProvinceCode == province && a.Code == agencyCode)
                .Select(a => a.UnitCode).SingleOrDefaultAsync(cancellationToken) ?? province;
        }
        if (string.IsNullOrWhiteSpace(fields.Unit))
        {
            await units.RequireLoadedProvinceAsync(violations, fields.Province, cancellationToken);
        }

        var name = VietnameseText.Normalize(fields.Name) ?? string.Empty;
        return new OnlinePublicService
        {
            ProvinceCode = province,
            Code = fields.Code.Trim(),
            Name = name,
            NameFolded = VietnameseText.Fold(name),
            AgencyCode = agencyCode,
            AgencyName = VietnameseText.Normalize(fields.AgencyName) ?? string.Empty,
            UnitCode = unitCode,
            Level = fields.Level,
            EffectiveFrom = from.GetValueOrDefault(),
            EffectiveTo = to,
        };
    }

    private static bool SameContent(OnlinePublicService stored, OnlinePublicService candidate) =>
        stored.Name == candidate.Name
        && stored.AgencyCode == candidate.AgencyCode
        && stored.AgencyName == candidate.AgencyName
        && stored.UnitCode == candidate.UnitCode
        && stored.Level == candidate.Level
        && stored.EffectiveFrom == candidate.EffectiveFrom
        && stored.EffectiveTo == candidate.EffectiveTo;

    private static RpcException NotFound(string province, string code) =>
        new(new Status(StatusCode.NotFound, $"Online service {code} does not exist in province {province}."));
}
