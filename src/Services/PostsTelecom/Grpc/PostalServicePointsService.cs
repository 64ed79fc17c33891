using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Domain;
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

        var point = await db.CreateOnceAsync<PostalServicePoint>(
            p => p.ProvinceCode == values.Province && p.Id == values.Id,
            stored => stored.Says(values.Facts),
            () =>
            {
                var opened = PostalServicePoint.Open(values.Facts, out var first);
                db.PostalPointStatusChanges.Add(first);
                return opened;
            },
            _ => $"Postal point {values.Id} already exists in province {values.Province} with other values.",
            context.CancellationToken);
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

        var lastChange = point.Status == values.Status
            ? null
            : await db.PostalPointStatusChanges.AsNoTracking()
                .Where(c => c.ProvinceCode == point.ProvinceCode && c.PointId == point.Id)
                .OrderByDescending(c => c.Sequence)
                .FirstOrDefaultAsync(context.CancellationToken);
        try
        {
            if (point.ChangeTo(values.Facts, statusChangedOn ?? clock.Today(), lastChange, "statusChangedOn") is { } change)
            {
                db.PostalPointStatusChanges.Add(change);
            }
        }
        catch (DomainRuleException refusal)
        {
            throw refusal.ToRpc();
        }
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
        public PostalPointFacts Facts => new(Province, Id, Name, Kind, UnitCode, Status, OpenedOn, OperatorCode);
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
