using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Grpc;

public sealed class PostalServicePointsService(PostsTelecomDbContext db, UnitDirectory units, TimeProvider clock) : PostalServicePoints.PostalServicePointsBase
{
    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<PostalPoint> CreatePostalPoint(CreatePostalPointRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new PointFields(request.Province, request.Id, request.Name, request.Kind, request.Unit, request.Status, request.OpenedOn, request.Operator), context.CancellationToken);
        violations.ThrowIfAny();
        Caller.From(context).EnsureMayWriteUnit(values.UnitCode, values.District);

        var existing = await db.PostalPoints.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProvinceCode == values.Province && p.Id == values.Id, context.CancellationToken);
        if (existing is not null)
        {
            return values.SameAs(existing)
                ? existing.ToMessage()
                : throw new RpcException(new Status(
                    StatusCode.AlreadyExists, $"Postal point {values.Id} already exists in province {values.Province} with other values."));
        }

        var point = new PostalServicePoint
        {
            ProvinceCode = values.Province,
            Id = values.Id,
            Name = values.Name,
            NameFolded = VietnameseText.Fold(values.Name),
            Kind = values.Kind,
            UnitCode = values.UnitCode,
            Status = values.Status,
            OpenedOn = values.OpenedOn,
            OperatorCode = values.OperatorCode,
        };
        db.PostalPoints.Add(point);
        db.PostalPointStatusChanges.Add(new PostalPointStatusChange { ProvinceCode = point.ProvinceCode, PointId = point.Id, Sequence = 1, Status = point.Status, EffectiveOn = point.OpenedOn });
        await db.SaveChangesAsync(context.CancellationToken);
        return point.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<PostalPoint> UpdatePostalPoint(UpdatePostalPointRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new PointFields(request.Province, request.Id, request.Name, request.Kind, request.Unit, request.Status, request.OpenedOn, request.Operator), context.CancellationToken);
        var statusChangedOn = violations.Date("statusChangedOn", request.StatusChangedOn, required: false);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var point = await db.PostalPoints.SingleOrDefaultAsync(p => p.ProvinceCode == values.Province && p.Id == values.Id, context.CancellationToken)
            ?? throw NotFound(values.Province, values.Id);
        // A district client may neither move a point out of its district nor touch another district's point.
        var caller = Caller.From(context);
        caller.EnsureMayWriteUnit(values.UnitCode, values.District);
        if (caller.IsDistrictClient && point.UnitCode != values.UnitCode)
        {
            var current = await units.FindAsync(point.ProvinceCode, point.UnitCode, context.CancellationToken);
            caller.EnsureMayWriteUnit(point.UnitCode, current?.DistrictCode);
        }

        if (point.Status != values.Status)
        {
            var effectiveOn = statusChangedOn ?? clock.Today();
            var lastChange = await db.PostalPointStatusChanges.AsNoTracking()
                .Where(c => c.ProvinceCode == point.ProvinceCode && c.PointId == point.Id)
                .OrderByDescending(c => c.Sequence)
                .FirstOrDefaultAsync(context.CancellationToken);
            var notBefore = lastChange is null || lastChange.EffectiveOn < values.OpenedOn ? values.OpenedOn : lastChange.EffectiveOn;
            if (effectiveOn < notBefore)
            {
                throw FieldViolations.ForField("statusChangedOn",
                    $"'{effectiveOn.ToWire()}' is before the point opened or its last status change ({notBefore.ToWire()})");
            }
            db.PostalPointStatusChanges.Add(new PostalPointStatusChange
            {
                ProvinceCode = point.ProvinceCode,
                PointId = point.Id,
                Sequence = (lastChange?.Sequence ?? 0) + 1,
                Status = values.Status,
                EffectiveOn = effectiveOn,
            });
        }
        point.Name = values.Name;
        point.NameFolded = VietnameseText.Fold(values.Name);
        point.Kind = values.Kind;
        point.UnitCode = values.UnitCode;
        point.Status = values.Status;
        point.OpenedOn = values.OpenedOn;
        point.OperatorCode = values.OperatorCode;
        await db.SaveAsOfVersionAsync(point, request.Version, context.CancellationToken);
        return point.ToMessage();
    }

    public override async Task<PostalPoint> GetPostalPoint(GetPostalPointRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var id = request.Id.Trim();
        var point = await db.PostalPoints.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProvinceCode == province && p.Id == id, context.CancellationToken)
            ?? throw NotFound(province, id);
        var history = await db.PostalPointStatusChanges.AsNoTracking()
            .Where(c => c.ProvinceCode == province && c.PointId == id)
            .OrderBy(c => c.Sequence)
            .ToListAsync(context.CancellationToken);
        var message = point.ToMessage();
        message.History.AddRange(history.Select(c => new PostalPointStatusEntry { Status = WireNames.ToWire(c.Status), EffectiveOn = c.EffectiveOn.ToWire() }));
        return message;
    }

    public override async Task<ListPostalPointsResponse> ListPostalPoints(ListPostalPointsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<PostalPointKind>("kind", request.Kind);
        var status = violations.OptionalEnum<PostalPointStatus>("status", request.Status);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.PostalPoints.AsNoTracking().Where(p => p.ProvinceCode == province);
        if (unitCodes is not null)
        {
            query = query.Where(p => unitCodes.Contains(p.UnitCode));
        }
        if (kind is { } wantedKind)
        {
            query = query.Where(p => p.Kind == wantedKind);
        }
        if (status is { } wantedStatus)
        {
            query = query.Where(p => p.Status == wantedStatus);
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            query = query.Where(p => p.NameFolded.Contains(words) || p.Id.Contains(request.Q.Trim()));
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(p => p.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListPostalPointsResponse { Points = { page.Select(p => p.ToMessage()) }, NextPageToken = nextPageToken };
    }

    private sealed record PointFields(string Province, string Id, string Name, string Kind, string Unit, string Status, string OpenedOn, string Operator);

    private sealed record PointValues(
        string Province, string Id, string Name, PostalPointKind Kind, string UnitCode, PostalPointStatus Status, DateOnly OpenedOn, string? OperatorCode, string? District)
    {
        public bool SameAs(PostalServicePoint stored) =>
            stored.Name == Name && stored.Kind == Kind && stored.UnitCode == UnitCode && stored.Status == Status
            && stored.OpenedOn == OpenedOn && stored.OperatorCode == OperatorCode;
    }

    /// <summary>Checks every field of a create or update; the values are meaningful only when no violation was added.</summary>
    private async Task<PointValues> ValidateAsync(FieldViolations violations, PointFields fields, CancellationToken cancellationToken)
    {
        violations.Required("province", fields.Province);
        violations.Required("id", fields.Id);
        violations.MaxLength("id", fields.Id.Trim(), 64);
        violations.Required("name", fields.Name);
        violations.MaxLength("name", fields.Name.Trim(), 200);
        var kind = violations.Enum<PostalPointKind>("kind", fields.Kind);
        var status = violations.Enum<PostalPointStatus>("status", fields.Status);
        var openedOn = violations.Date("openedOn", fields.OpenedOn);
        var unit = await units.RequireUnitAsync(violations, "unit", fields.Province, fields.Unit, communeOnly: true, cancellationToken);
        var operatorCode = await OperatorChecks.OptionalOperatorAsync(db, violations, "operator", fields.Operator, cancellationToken);

        var name = VietnameseText.Normalize(fields.Name) ?? string.Empty;
        return new PointValues(
            fields.Province.Trim(), fields.Id.Trim(), name, kind.GetValueOrDefault(), fields.Unit.Trim(), status.GetValueOrDefault(),
            openedOn.GetValueOrDefault(), operatorCode, unit?.DistrictCode);
    }

    private static RpcException NotFound(string province, string id) =>
        new(new Status(StatusCode.NotFound, $"Postal point {id} does not exist in province {province}."));
}
