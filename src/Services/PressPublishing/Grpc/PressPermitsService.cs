using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PressPermit = GiaLaiIct.PressPublishing.Domain.PressPermit;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class PressPermitsService(PressPublishingDbContext db, UnitDirectory units, TimeProvider clock) : PressPermits.PressPermitsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PressPermit> CreatePermit(CreatePermitRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var facts = await ValidateAsync(violations, new PermitFields(
            request.Province, request.Number, request.Type, request.Holder, request.Unit, request.AppliedOn, request.IssuedOn, request.ExpiresOn), context.CancellationToken);
        var status = string.IsNullOrWhiteSpace(request.Status)
            ? facts.IssuedOn is null ? PermitStatus.Applied : PermitStatus.Issued
            : violations.Enum<PermitStatus>("status", request.Status).GetValueOrDefault();
        violations.ThrowIfAny();

        var changedBy = Caller.From(context).ClientId;
        var permit = await db.CreateOnceAsync<PressPermit>(
            p => p.ProvinceCode == facts.Province && p.Number == facts.Number,
            stored => stored.Says(facts) && stored.Status == status,
            () =>
            {
                var reason = status switch
                {
                    PermitStatus.Applied => "applied",
                    PermitStatus.Issued => "issued",
                    _ => $"recorded as {WireNames.ToWire(status)}",
                };
                try
                {
                    return PressPermit.Record(facts, status, reason, changedBy);
                }
                catch (PermitRuleException refusal)
                {
                    throw refusal.ToRpc();
                }
            },
            _ => $"Permit {facts.Number} already exists in province {facts.Province} with other values.",
            context.CancellationToken);
        return permit.ToMessage(clock.Today());
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PressPermit> UpdatePermit(UpdatePermitRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var facts = await ValidateAsync(violations, new PermitFields(
            request.Province, request.Number, request.Type, request.Holder, request.Unit, request.AppliedOn, request.IssuedOn, request.ExpiresOn), context.CancellationToken);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var permit = await FindTrackedAsync(facts.Province, facts.Number, withHistory: false, context.CancellationToken);
        try
        {
            permit.Correct(facts);
        }
        catch (PermitRuleException refusal)
        {
            throw refusal.ToRpc();
        }
        await db.SaveAsOfVersionAsync(permit, request.Version, context.CancellationToken);
        return permit.ToMessage(clock.Today());
    }

    public override async Task<V1.PressPermit> GetPermit(GetPermitRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var number = request.Number.Trim();
        var permit = await db.Permits.AsNoTracking().Include(p => p.History)
            .SingleOrDefaultAsync(p => p.ProvinceCode == province && p.Number == number, context.CancellationToken)
            ?? throw NotFound(province, number);
        var message = permit.ToMessage(clock.Today());
        message.History.AddRange(permit.History.OrderBy(c => c.Sequence).Select(c => c.ToMessage()));
        return message;
    }

    public override async Task<ListPermitsResponse> ListPermits(ListPermitsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var type = violations.OptionalEnum<PermitType>("type", request.Type);
        var status = violations.OptionalEnum<PermitStatus>("status", request.Status);
        var issuedFrom = violations.Date("issuedFrom", request.IssuedFrom, required: false);
        var issuedTo = violations.Date("issuedTo", request.IssuedTo, required: false);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var today = clock.Today();
        var province = request.Province.Trim();
        var query = db.Permits.AsNoTracking().Where(p => p.ProvinceCode == province);
        if (type is { } wantedType)
        {
            query = query.Where(p => p.Type == wantedType);
        }
        query = status switch
        {
            PermitStatus.Issued => query.Where(p => p.Status == PermitStatus.Issued && (p.ExpiresOn == null || p.ExpiresOn >= today)),
            PermitStatus.Expired => query.Where(p => p.Status == PermitStatus.Expired || (p.Status == PermitStatus.Issued && p.ExpiresOn < today)),
            { } other => query.Where(p => p.Status == other),
            null => query,
        };
        if (issuedFrom is { } from)
        {
            query = query.Where(p => p.IssuedOn >= from);
        }
        if (issuedTo is { } to)
        {
            query = query.Where(p => p.IssuedOn <= to);
        }
        if (unitCodes is not null)
        {
            query = query.Where(p => unitCodes.Contains(p.UnitCode));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var numberWords = request.Q.Trim();
            query = query.Where(p => p.HolderFolded.Contains(words) || p.Number.Contains(numberWords));
        }
        var (page, next) = await query.PageByKeyAsync(p => p.Number, request.PageToken, pageSize, context.CancellationToken);
        return new ListPermitsResponse { Permits = { page.Select(p => p.ToMessage(today)) }, NextPageToken = next };
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PressPermit> ChangePermitStatus(ChangePermitStatusRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        var action = violations.Enum<PermitAction>("action", request.Action);
        var effectiveOn = violations.Date("effectiveOn", request.EffectiveOn, required: false) ?? clock.Today();
        violations.MaxLength("reason", request.Reason.Trim(), 500);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var permit = await FindTrackedAsync(request.Province.Trim(), request.Number.Trim(), withHistory: true, context.CancellationToken);
        try
        {
            permit.Change(action!.Value, effectiveOn, null, VietnameseText.Normalize(request.Reason) is { Length: > 0 } reason ? reason : null, Caller.From(context).ClientId);
        }
        catch (PermitRuleException refusal)
        {
            throw refusal.ToRpc();
        }
        // The version guards the status too: a change based on an outdated read is Aborted.
        db.Entry(permit).Property(p => p.Version).OriginalValue = request.Version;
        db.Entry(permit).State = EntityState.Modified;
        await db.SaveChangesAsync(context.CancellationToken);
        return permit.ToMessage(clock.Today());
    }

    private async Task<PressPermit> FindTrackedAsync(string province, string number, bool withHistory, CancellationToken cancellationToken)
    {
        var query = db.Permits.Where(p => p.ProvinceCode == province && p.Number == number);
        if (withHistory)
        {
            query = query.Include(p => p.History);
        }
        return await query.SingleOrDefaultAsync(cancellationToken) ?? throw NotFound(province, number);
    }

    private sealed record PermitFields(string Province, string Number, string Type, string Holder, string Unit, string AppliedOn, string IssuedOn, string ExpiresOn);

    private async Task<PermitFacts> ValidateAsync(FieldViolations violations, PermitFields fields, CancellationToken cancellationToken)
    {
        violations.Required("province", fields.Province);
        violations.Required("number", fields.Number);
        violations.MaxLength("number", fields.Number.Trim(), 64);
        var type = violations.Enum<PermitType>("type", fields.Type);
        violations.Required("holder", fields.Holder);
        violations.MaxLength("holder", fields.Holder.Trim(), 200);
        var appliedOn = violations.Date("appliedOn", fields.AppliedOn, required: false);
        var issuedOn = violations.Date("issuedOn", fields.IssuedOn, required: false);
        var expiresOn = violations.Date("expiresOn", fields.ExpiresOn, required: false);
        if (appliedOn is null && issuedOn is null && !string.IsNullOrWhiteSpace(fields.Number))
        {
            violations.Add("issuedOn", "is required (yyyy-MM-dd), or appliedOn for a permit applied for");
        }
        if (issuedOn is { } issued && expiresOn is { } expires && expires < issued)
        {
            violations.Add("expiresOn", $"'{expires.ToWire()}' is before issuedOn ({issued.ToWire()})");
        }
        await units.RequireUnitAsync(violations, "unit", fields.Province, fields.Unit, communeOnly: false, cancellationToken);
        return new PermitFacts(
            fields.Province.Trim(), fields.Number.Trim(), type.GetValueOrDefault(), VietnameseText.Normalize(fields.Holder) ?? string.Empty,
            fields.Unit.Trim(), appliedOn, issuedOn, expiresOn);
    }

    private static RpcException NotFound(string province, string number) =>
        new(new Status(StatusCode.NotFound, $"Permit {number} does not exist in province {province}."));
}
