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
using Website = GiaLaiIct.InformationTechnology.Domain.Website;

namespace GiaLaiIct.InformationTechnology.Grpc;

public sealed class WebsitesService(InformationTechnologyDbContext db, UnitDirectory units) : Websites.WebsitesBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Website> CreateWebsite(CreateWebsiteRequest request, ServerCallContext context)
    {
        var candidate = await ValidateAsync(new SiteFields(request.Province, request.Domain, request.OwnerKind, request.OwnerName, request.RegisteredOn, request.Unit, request.ClosedOn), null, context.CancellationToken);
        var created = await db.CreateOnceAsync(w => w.ProvinceCode == candidate.ProvinceCode && w.Domain == candidate.Domain, candidate, $"Website {candidate.Domain} already exists in province {candidate.ProvinceCode} with other values.", context.CancellationToken);
        return created.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Website> UpdateWebsite(UpdateWebsiteRequest request, ServerCallContext context)
    {
        var values = await ValidateAsync(new SiteFields(request.Province, request.Domain, request.OwnerKind, request.OwnerName, request.RegisteredOn, request.Unit, request.ClosedOn), request.Version, context.CancellationToken);
        var website = await db.Websites.SingleOrDefaultAsync(w => w.ProvinceCode == values.ProvinceCode && w.Domain == values.Domain, context.CancellationToken)
            ?? throw NotFound(values.ProvinceCode, values.Domain);
        website.Take(values);
        await db.SaveAsOfVersionAsync(website, request.Version, context.CancellationToken);
        return website.ToMessage();
    }

    public override async Task<V1.Website> GetWebsite(GetWebsiteRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("domain", request.Domain);
        violations.ThrowIfAny();
        var (province, domain) = (request.Province.Trim(), Website.NormalizeDomain(request.Domain));
        var website = await db.Websites.AsNoTracking().SingleOrDefaultAsync(w => w.ProvinceCode == province && w.Domain == domain, context.CancellationToken)
            ?? throw NotFound(province, domain);
        return website.ToMessage();
    }

    public override async Task<ListWebsitesResponse> ListWebsites(ListWebsitesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<WebsiteOwnerKind>("ownerKind", request.OwnerKind);
        var runningOn = violations.Date("runningOn", request.RunningOn, required: false);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Websites.AsNoTracking().Where(w => w.ProvinceCode == province);
        if (kind is { } wanted)
        {
            query = query.Where(w => w.OwnerKind == wanted);
        }
        if (unitCodes is not null)
        {
            query = query.Where(w => unitCodes.Contains(w.UnitCode));
        }
        if (request.GovernmentOnly)
        {
            query = query.Where(w => w.IsGovernmentDomain);
        }
        if (runningOn is { } day)
        {
            query = query.Where(w => w.RegisteredOn <= day && (w.ClosedOn == null || w.ClosedOn > day));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var domain = request.Q.Trim().ToLowerInvariant();
            query = query.Where(w => w.OwnerNameFolded.Contains(words) || w.Domain.Contains(domain));
        }
        var (page, next) = await query.PageByKeyAsync(w => w.Domain, request.PageToken, pageSize, context.CancellationToken);
        return new ListWebsitesResponse { Websites = { page.Select(w => w.ToMessage()) }, NextPageToken = next };
    }

    private sealed record SiteFields(string Province, string Domain, string OwnerKind, string OwnerName, string RegisteredOn, string Unit, string ClosedOn);

    private async Task<Website> ValidateAsync(SiteFields fields, long? version, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Required("province", fields.Province);
        var domain = Website.NormalizeDomain(fields.Domain);
        if (violations.Required("domain", domain) && Website.DomainProblem(domain) is { } problem)
        {
            violations.Add("domain", problem);
        }
        var kind = violations.Enum<WebsiteOwnerKind>("ownerKind", fields.OwnerKind);
        violations.Required("ownerName", fields.OwnerName);
        violations.MaxLength("ownerName", fields.OwnerName.Trim(), 200);
        var registered = violations.Date("registeredOn", fields.RegisteredOn);
        var closed = violations.Date("closedOn", fields.ClosedOn, required: false);
        if (registered is { } from && closed is { } to && to < from)
        {
            violations.Add("closedOn", $"'{to.ToWire()}' is before registeredOn ({from.ToWire()})");
        }
        var unit = await units.UnitOrProvinceAsync(violations, "unit", fields.Province, fields.Unit, cancellationToken);
        if (version is { } read)
        {
            violations.VersionRead("version", read);
        }
        violations.ThrowIfAny();

        var owner = VietnameseText.Normalize(fields.OwnerName)!;
        return new Website
        {
            ProvinceCode = fields.Province.Trim(),
            Domain = domain,
            OwnerKind = kind!.Value,
            OwnerName = owner,
            OwnerNameFolded = VietnameseText.Fold(owner),
            RegisteredOn = registered!.Value,
            UnitCode = unit!.Code,
            ClosedOn = closed,
            IsGovernmentDomain = Website.IsGovernment(domain),
        };
    }

    private static RpcException NotFound(string province, string domain) =>
        new(new Status(StatusCode.NotFound, $"Website {domain} does not exist in province {province}."));
}
