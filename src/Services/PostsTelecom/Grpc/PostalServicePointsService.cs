using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Text;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.PostsTelecom.Grpc;

public sealed class PostalServicePointsService(PostsTelecomDbContext db, UnitDirectory units) : PostalServicePoints.PostalServicePointsBase
{
    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<PostalPoint> CreatePostalPoint(CreatePostalPointRequest request, ServerCallContext context)
    {
        var (candidate, district) = await ValidateAsync(request, context.CancellationToken);
        Caller.From(context).EnsureMayWriteUnit(candidate.UnitCode, district);

        var existing = await db.PostalPoints.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProvinceCode == candidate.ProvinceCode && p.Id == candidate.Id, context.CancellationToken);
        if (existing is not null)
        {
            return SameContent(existing, candidate)
                ? existing.ToMessage()
                : throw new RpcException(new Status(
                    StatusCode.AlreadyExists, $"Postal point {candidate.Id} already exists in province {candidate.ProvinceCode} with other values."));
        }

        db.PostalPoints.Add(candidate);
        await db.SaveChangesAsync(context.CancellationToken);
        return candidate.ToMessage();
    }

    public override async Task<PostalPoint> GetPostalPoint(GetPostalPointRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();

        var point = await db.PostalPoints.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProvinceCode == request.Province.Trim() && p.Id == request.Id.Trim(), context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Postal point {request.Id} does not exist in province {request.Province}."));
        return point.ToMessage();
    }

    public override async Task<ListPostalPointsResponse> ListPostalPoints(ListPostalPointsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        PostalPointKind? kind = string.IsNullOrEmpty(request.Kind) ? null : violations.Enum<PostalPointKind>("kind", request.Kind);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.PostalPoints.AsNoTracking().Where(p => p.ProvinceCode == province);
        if (request.Unit.Length > 0)
        {
            query = query.Where(p => p.UnitCode == request.Unit);
        }
        if (kind is { } wantedKind)
        {
            query = query.Where(p => p.Kind == wantedKind);
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(p => p.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListPostalPointsResponse { Points = { page.Select(p => p.ToMessage()) }, NextPageToken = nextPageToken };
    }

    /// <summary>The point the request describes, and the district its commune lies in.</summary>
    private async Task<(PostalServicePoint Point, string? District)> ValidateAsync(CreatePostalPointRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var hasProvince = violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.MaxLength("id", request.Id, 64);
        violations.Required("name", request.Name);
        violations.MaxLength("name", request.Name, 200);
        violations.MaxLength("operator", request.Operator, 100);
        var kind = violations.Enum<PostalPointKind>("kind", request.Kind);
        var status = violations.Enum<PostalPointStatus>("status", request.Status);
        var openedOn = violations.Date("openedOn", request.OpenedOn);
        UnitReference? unit = null;
        if (violations.Required("unit", request.Unit) && hasProvince)
        {
            unit = await units.FindAsync(request.Province.Trim(), request.Unit.Trim(), cancellationToken);
            if (unit is null)
            {
                violations.Add("unit", $"'{request.Unit}' does not exist in province {request.Province}");
            }
            else if (!unit.IsCommune)
            {
                violations.Add("unit", $"'{request.Unit}' is a {unit.Level}; a postal point sits in a commune");
            }
        }
        violations.ThrowIfAny();

        var name = VietnameseText.Normalize(request.Name)!;
        var point = new PostalServicePoint
        {
            ProvinceCode = request.Province.Trim(),
            Id = request.Id.Trim(),
            Name = name,
            NameFolded = VietnameseText.Fold(name),
            Kind = kind!.Value,
            UnitCode = request.Unit.Trim(),
            Status = status!.Value,
            OpenedOn = openedOn!.Value,
            Operator = string.IsNullOrWhiteSpace(request.Operator) ? null : VietnameseText.Normalize(request.Operator),
        };
        return (point, unit!.DistrictCode);
    }

    private static bool SameContent(PostalServicePoint stored, PostalServicePoint candidate) =>
        stored.Name == candidate.Name
        && stored.Kind == candidate.Kind
        && stored.UnitCode == candidate.UnitCode
        && stored.Status == candidate.Status
        && stored.OpenedOn == candidate.OpenedOn
        && stored.Operator == candidate.Operator;
}
