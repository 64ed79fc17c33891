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
using Licence = GiaLaiIct.PostsTelecom.Domain.TelecomLicence;

namespace GiaLaiIct.PostsTelecom.Grpc;

public sealed class TelecomLicencesService(PostsTelecomDbContext db, UnitDirectory units, LicenceSanctions sanctions, TimeProvider clock)
    : TelecomLicences.TelecomLicencesBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.TelecomLicence> CreateLicence(CreateLicenceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new LicenceFields(
            request.Province, request.Number, request.Type, request.Holder, request.Unit, request.IssuedOn, request.ExpiresOn), context.CancellationToken);
        var status = string.IsNullOrWhiteSpace(request.Status) ? LicenceStatus.Issued : violations.Enum<LicenceStatus>("status", request.Status).GetValueOrDefault();
        violations.ThrowIfAny();

        var changedBy = Caller.From(context).ClientId;
        var licence = await db.CreateOnceAsync<Licence>(
            l => l.ProvinceCode == values.Province && l.Number == values.Number,
            stored => stored.Says(values) && stored.Status == status,
            () =>
            {
                var recorded = Licence.Record(values, status, Licence.RecordedReason(status), changedBy, out var first);
                db.LicenceStatusChanges.Add(first);
                return recorded;
            },
            _ => $"Licence {values.Number} already exists in province {values.Province} with other values.",
            context.CancellationToken);
        return licence.ToMessage(clock.Today());
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.TelecomLicence> UpdateLicence(UpdateLicenceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new LicenceFields(
            request.Province, request.Number, request.Type, request.Holder, request.Unit, request.IssuedOn, request.ExpiresOn), context.CancellationToken);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var licence = await FindTrackedAsync(values.Province, values.Number, context.CancellationToken);
        licence.Correct(values);
        await db.SaveAsOfVersionAsync(licence, request.Version, context.CancellationToken);
        return licence.ToMessage(clock.Today());
    }

    public override async Task<V1.TelecomLicence> GetLicence(GetLicenceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var number = request.Number.Trim();
        var licence = await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.ProvinceCode == province && l.Number == number, context.CancellationToken)
            ?? throw NotFound(province, number);
        var history = await db.LicenceStatusChanges.AsNoTracking()
            .Where(c => c.ProvinceCode == province && c.LicenceNumber == number)
            .OrderBy(c => c.Sequence)
            .ToListAsync(context.CancellationToken);
        var message = licence.ToMessage(clock.Today());
        message.History.AddRange(history.Select(c => c.ToMessage()));
        return message;
    }

    public override async Task<ListLicencesResponse> ListLicences(ListLicencesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var type = violations.OptionalEnum<LicenceType>("type", request.Type);
        var status = violations.OptionalEnum<LicenceStatus>("status", request.Status);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var today = clock.Today();
        var province = request.Province.Trim();
        var query = db.Licences.AsNoTracking().Where(l => l.ProvinceCode == province);
        if (type is { } wantedType)
        {
            query = query.Where(l => l.Type == wantedType);
        }
        query = status switch
        {
            LicenceStatus.Issued => query.Where(l => l.Status == LicenceStatus.Issued && (l.ExpiresOn == null || l.ExpiresOn >= today)),
            LicenceStatus.Expired => query.Where(l => l.Status == LicenceStatus.Expired || (l.Status == LicenceStatus.Issued && l.ExpiresOn < today)),
            { } other => query.Where(l => l.Status == other),
            null => query,
        };
        if (unitCodes is not null)
        {
            query = query.Where(l => unitCodes.Contains(l.UnitCode));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var numberWords = request.Q.Trim();
            query = query.Where(l => l.HolderFolded.Contains(words) || l.Number.Contains(numberWords));
        }
        var (page, next) = await query.PageByKeyAsync(l => l.Number, request.PageToken, pageSize, context.CancellationToken);
        return new ListLicencesResponse { Licences = { page.Select(l => l.ToMessage(today)) }, NextPageToken = next };
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.TelecomLicence> ChangeLicenceStatus(ChangeLicenceStatusRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        var action = violations.Enum<LicenceAction>("action", request.Action);
        var effectiveOn = violations.Date("effectiveOn", request.EffectiveOn, required: false) ?? clock.Today();
        violations.MaxLength("reason", request.Reason.Trim(), 500);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var licence = await FindTrackedAsync(request.Province.Trim(), request.Number.Trim(), context.CancellationToken);
        var lastChange = await sanctions.LastChangeAsync(licence, context.CancellationToken);
        try
        {
            var reason = VietnameseText.Normalize(request.Reason) is { Length: > 0 } normalized ? normalized : null;
            db.LicenceStatusChanges.Add(licence.Change(action!.Value, effectiveOn, lastChange, null, reason, Caller.From(context).ClientId));
        }
        catch (DomainRuleException refusal)
        {
            throw refusal.ToRpc();
        }
        // The version guards the status too: a change based on an outdated read is Aborted.
        db.Entry(licence).Property(l => l.Version).OriginalValue = request.Version;
        db.Entry(licence).State = EntityState.Modified;
        await db.SaveChangesAsync(context.CancellationToken);
        return licence.ToMessage(clock.Today());
    }

    [Authorize(Policy = AccessPolicies.Sanction)]
    public override async Task<SanctionOutcome> ApplySanction(ApplySanctionRequest request, ServerCallContext context)
    {
        var applied = await sanctions.ApplyAsync(
            new SanctionFields(request.Province, request.DecisionNumber, request.LicenceNumber, request.Action, request.DecidedOn),
            Caller.From(context).ClientId,
            wanted => FieldViolations.ForField("licenceNumber", $"licence '{wanted.LicenceNumber}' does not exist in province {wanted.ProvinceCode}"),
            context.CancellationToken);
        return applied.ToMessage();
    }

    private async Task<Licence> FindTrackedAsync(string province, string number, CancellationToken cancellationToken) =>
        await db.Licences.SingleOrDefaultAsync(l => l.ProvinceCode == province && l.Number == number, cancellationToken)
        ?? throw NotFound(province, number);

    private sealed record LicenceFields(string Province, string Number, string Type, string Holder, string Unit, string IssuedOn, string ExpiresOn);

    private async Task<LicenceFacts> ValidateAsync(FieldViolations violations, LicenceFields fields, CancellationToken cancellationToken)
    {
        violations.Required("province", fields.Province);
        violations.Required("number", fields.Number);
        violations.MaxLength("number", fields.Number.Trim(), 64);
        var type = violations.Enum<LicenceType>("type", fields.Type);
        violations.Required("holder", fields.Holder);
        violations.MaxLength("holder", fields.Holder.Trim(), 200);
        var issuedOn = violations.Date("issuedOn", fields.IssuedOn);
        var expiresOn = violations.Date("expiresOn", fields.ExpiresOn, required: false);
        if (Licence.ExpiryProblem(issuedOn, expiresOn, "issuedOn") is { } expiryProblem)
        {
            violations.Add("expiresOn", expiryProblem);
        }
        await units.RequireUnitAsync(violations, "unit", fields.Province, fields.Unit, communeOnly: false, cancellationToken);
        return new LicenceFacts(
            fields.Province.Trim(), fields.Number.Trim(), type.GetValueOrDefault(), VietnameseText.Normalize(fields.Holder) ?? string.Empty,
            fields.Unit.Trim(), issuedOn.GetValueOrDefault(), expiresOn);
    }

    private static RpcException NotFound(string province, string number) =>
        new(new Status(StatusCode.NotFound, $"Licence {number} does not exist in province {province}."));
}
