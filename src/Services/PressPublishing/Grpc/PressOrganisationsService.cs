using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Text;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using PressOrganisation = GiaLaiIct.PressPublishing.Domain.PressOrganisation;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class PressOrganisationsService(PressPublishingDbContext db) : PressOrganisations.PressOrganisationsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PressOrganisation> CreatePressOrganisation(CreatePressOrganisationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("name", request.Name);
        violations.MaxLength("name", request.Name, 200);
        var kind = violations.Enum<PressOrganisationKind>("kind", request.Kind);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var name = VietnameseText.Normalize(request.Name)!;
        var existing = await db.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.ProvinceCode == province && o.Name == name, context.CancellationToken);
        if (existing is not null)
        {
            return existing.Kind == kind
                ? ToMessage(existing)
                : throw new RpcException(new Status(
                    StatusCode.AlreadyExists, $"Press organisation '{name}' already exists in province {province} as {WireNames.ToWire(existing.Kind)}."));
        }

        var organisation = new PressOrganisation
        {
            ProvinceCode = province,
            Name = name,
            NameFolded = VietnameseText.Fold(name),
            Kind = kind!.Value,
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(organisation);
    }

    public override async Task<V1.PressOrganisation> GetPressOrganisation(GetPressOrganisationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("name", request.Name);
        violations.ThrowIfAny();

        var name = VietnameseText.Normalize(request.Name)!;
        var organisation = await db.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.ProvinceCode == request.Province.Trim() && o.Name == name, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Press organisation '{name}' does not exist in province {request.Province}."));
        return ToMessage(organisation);
    }

    public override async Task<ListPressOrganisationsResponse> ListPressOrganisations(ListPressOrganisationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        PressOrganisationKind? kind = string.IsNullOrEmpty(request.Kind) ? null : violations.Enum<PressOrganisationKind>("kind", request.Kind);
        violations.ThrowIfAny();

        var query = db.Organisations.AsNoTracking().Where(o => o.ProvinceCode == request.Province.Trim());
        if (kind is { } wantedKind)
        {
            query = query.Where(o => o.Kind == wantedKind);
        }
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var folded = VietnameseText.Fold(request.Q);
            query = query.Where(o => o.NameFolded.Contains(folded));
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(o => o.Name, request.PageToken, pageSize, context.CancellationToken);
        return new ListPressOrganisationsResponse { Organisations = { page.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    private static V1.PressOrganisation ToMessage(PressOrganisation organisation) => new()
    {
        Province = organisation.ProvinceCode,
        Name = organisation.Name,
        Kind = WireNames.ToWire(organisation.Kind),
        Version = organisation.Version,
    };
}
