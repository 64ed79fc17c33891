using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Text;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.InformationTechnology.Grpc;

public sealed class OnlinePublicServicesService(InformationTechnologyDbContext db) : OnlinePublicServices.OnlinePublicServicesBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<OnlineService> CreateOnlineService(CreateOnlineServiceRequest request, ServerCallContext context)
    {
        var candidate = Validate(request);
        var existing = await db.OnlineServices.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProvinceCode == candidate.ProvinceCode && s.Code == candidate.Code, context.CancellationToken);
        if (existing is not null)
        {
            return SameContent(existing, candidate)
                ? ToMessage(existing)
                : throw new RpcException(new Status(
                    StatusCode.AlreadyExists, $"Online service {candidate.Code} already exists in province {candidate.ProvinceCode} with other values."));
        }
        db.OnlineServices.Add(candidate);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(candidate);
    }

    public override async Task<OnlineService> GetOnlineService(GetOnlineServiceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("code", request.Code);
        violations.ThrowIfAny();

        var service = await db.OnlineServices.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProvinceCode == request.Province.Trim() && s.Code == request.Code.Trim(), context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Online service {request.Code} does not exist in province {request.Province}."));
        return ToMessage(service);
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
        violations.ThrowIfAny();

        var query = db.OnlineServices.AsNoTracking().Where(s => s.ProvinceCode == request.Province.Trim());
        if (request.AgencyCode.Length > 0)
        {
            query = query.Where(s => s.AgencyCode == request.AgencyCode);
        }
        if (request.Level != 0)
        {
            query = query.Where(s => s.Level == request.Level);
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(s => s.Code, request.PageToken, pageSize, context.CancellationToken);
        return new ListOnlineServicesResponse { Services = { page.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    private static OnlinePublicService Validate(CreateOnlineServiceRequest request)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("code", request.Code);
        violations.MaxLength("code", request.Code, 64);
        violations.Required("name", request.Name);
        violations.MaxLength("name", request.Name, 500);
        violations.Required("agencyCode", request.AgencyCode);
        violations.MaxLength("agencyCode", request.AgencyCode, 64);
        violations.Required("agencyName", request.AgencyName);
        violations.MaxLength("agencyName", request.AgencyName, 200);
        if (request.Level is < OnlinePublicService.MinLevel or > OnlinePublicService.MaxLevel)
        {
            violations.Add("level", $"must be between 1 and 4 (got {request.Level})");
        }
        var from = violations.Date("effectiveFrom", request.EffectiveFrom);
        var to = violations.Date("effectiveTo", request.EffectiveTo, required: false);
        if (from is { } start && to is { } end && end < start)
        {
            violations.Add("effectiveTo", $"{end.ToWire()} is before effectiveFrom {start.ToWire()}");
        }
        violations.ThrowIfAny();

        var name = VietnameseText.Normalize(request.Name)!;
        return new OnlinePublicService
        {
            ProvinceCode = request.Province.Trim(),
            Code = request.Code.Trim(),
            Name = name,
            NameFolded = VietnameseText.Fold(name),
            AgencyCode = request.AgencyCode.Trim(),
            AgencyName = VietnameseText.Normalize(request.AgencyName)!,
            Level = request.Level,
            EffectiveFrom = from!.Value,
            EffectiveTo = to,
        };
    }

    private static bool SameContent(OnlinePublicService stored, OnlinePublicService candidate) =>
        stored.Name == candidate.Name
        && stored.AgencyCode == candidate.AgencyCode
        && stored.AgencyName == candidate.AgencyName
        && stored.Level == candidate.Level
        && stored.EffectiveFrom == candidate.EffectiveFrom
        && stored.EffectiveTo == candidate.EffectiveTo;

    private static OnlineService ToMessage(OnlinePublicService service) => new()
    {
        Province = service.ProvinceCode,
        Code = service.Code,
        Name = service.Name,
        AgencyCode = service.AgencyCode,
        AgencyName = service.AgencyName,
        Level = service.Level,
        EffectiveFrom = service.EffectiveFrom.ToWire(),
        EffectiveTo = service.EffectiveTo?.ToWire() ?? string.Empty,
        Version = service.Version,
    };
}
