using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Inspection.Relay;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Decision = GiaLaiIct.Inspection.Domain.SanctionDecision;
using LicenceEffect = GiaLaiIct.Inspection.Domain.LicenceEffect;

namespace GiaLaiIct.Inspection.Grpc;

/// <summary>Sanction decisions; the cases referred to the competent authority are in the other part of this class.</summary>
public sealed partial class SanctionDecisionsService(InspectionDbContext db, LicenceOwners owners, LicenceRelaySignal relay, TimeProvider clock)
    : SanctionDecisions.SanctionDecisionsBase
{
    /// <summary>How long recording a decision waits for the licence owners to say whose licence it is; past it the relay finds out.</summary>
    private static readonly TimeSpan OwnerCheckTimeout = TimeSpan.FromSeconds(2);

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.SanctionDecision> CreateSanction(CreateSanctionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var province = request.Province.Trim();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.MaxLength("number", request.Number.Trim(), 64);
        var fields = await ReadFieldsAsync(violations, province, request.InspectionId, request.Subject, request.Violation, request.FineVnd,
            request.Confiscated, request.RemedialMeasures, request.DecidedOn, context.CancellationToken);
        var complyBy = ReadComplyBy(violations, request.ComplyBy, fields);
        var status = violations.OptionalEnum<SanctionStatus>("status", request.Status) ?? SanctionStatus.Issued;
        var settledOn = violations.Date("settledOn", request.SettledOn, required: false);
        var licenceNumber = SearchWords.Text(request.LicenceNumber);
        violations.MaxLength("licenceNumber", licenceNumber, 64);
        LicenceAction? action = null;
        if (licenceNumber is not null)
        {
            action = violations.Enum<LicenceAction>("licenceAction", request.LicenceAction);
        }
        else if (!string.IsNullOrWhiteSpace(request.LicenceAction))
        {
            violations.Add("licenceAction", "needs the licenceNumber it acts on");
        }
        violations.ThrowIfAny();

        var decision = new Decision
        {
            ProvinceCode = province,
            Number = request.Number.Trim(),
            InspectionId = fields!.InspectionId,
            Subject = fields.Subject,
            SubjectFolded = VietnameseText.Fold(fields.Subject),
            Violation = fields.Violation,
            FineVnd = fields.FineVnd,
            Confiscated = fields.Confiscated,
            RemedialMeasures = fields.RemedialMeasures,
            DecidedOn = fields.DecidedOn,
            ComplyBy = complyBy ?? SanctionComplianceDeadline.For(fields.DecidedOn),
            Status = SanctionStatus.Issued,
            LicenceNumber = licenceNumber,
            LicenceAction = action,
        };
        if (status != SanctionStatus.Issued && decision.Settle(status, settledOn ?? decision.DecidedOn) is { } problem)
        {
            throw FieldViolations.ForField("settledOn", problem);
        }

        var existing = await db.Sanctions.AsNoTracking().SingleOrDefaultAsync(d => d.ProvinceCode == province && d.Number == decision.Number, context.CancellationToken);
        if (existing is not null)
        {
            return existing.SameAs(decision)
                ? existing.ToMessage(await EffectAsync(existing, context.CancellationToken), clock.Today())
                : throw new RpcException(new Status(StatusCode.AlreadyExists, $"Sanction decision {decision.Number} already exists in province {province} with other values."));
        }

        var effect = decision.NewEffect(clock.GetUtcNow());
        if (effect is not null)
        {
            var lookup = await owners.FindAsync(province, effect.LicenceNumber, headers: null, OwnerCheckTimeout, context.CancellationToken);
            if (lookup.HeldByNone)
            {
                throw FieldViolations.ForField("licenceNumber", $"no licence-issuing service ({string.Join(", ", owners.Names)}) holds licence '{effect.LicenceNumber}' in province {province}");
            }
            // An owner that is down is no reason to refuse the decision: its effect waits in the outbox.
            effect.Owner = lookup.Owner;
            db.LicenceEffects.Add(effect);
        }
        db.Sanctions.Add(decision);
        await db.SaveChangesAsync(context.CancellationToken);
        if (effect is not null)
        {
            relay.Notify();
        }
        return decision.ToMessage(effect, clock.Today());
    }

    public override async Task<V1.SanctionDecision> GetSanction(GetSanctionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        var asOf = violations.Date("asOf", request.AsOf, required: false) ?? clock.Today();
        violations.ThrowIfAny();
        var decision = await FindAsync(request.Province.Trim(), request.Number.Trim(), tracked: false, context.CancellationToken);
        return decision.ToMessage(await EffectAsync(decision, context.CancellationToken), asOf);
    }

    public override async Task<ListSanctionsResponse> ListSanctions(ListSanctionsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var status = violations.OptionalEnum<SanctionStatus>("status", request.Status);
        var effectState = violations.OptionalEnum<LicenceEffectState>("effectState", request.EffectState);
        var from = violations.Date("decidedFrom", request.DecidedFrom, required: false);
        var to = violations.Date("decidedTo", request.DecidedTo, required: false);
        var asOf = violations.Date("asOf", request.AsOf, required: false) ?? clock.Today();
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Sanctions.AsNoTracking().Where(d => d.ProvinceCode == province);
        if (SearchWords.Text(request.InspectionId) is { } inspection)
        {
            query = query.Where(d => d.InspectionId == inspection);
        }
        if (status is { } wanted)
        {
            query = query.Where(d => d.Status == wanted);
        }
        if (effectState is { } state)
        {
            query = query.Where(d => db.LicenceEffects.Any(e => e.ProvinceCode == d.ProvinceCode && e.DecisionNumber == d.Number && e.State == state));
        }
        if (from is { } start)
        {
            query = query.Where(d => d.DecidedOn >= start);
        }
        if (to is { } end)
        {
            query = query.Where(d => d.DecidedOn <= end);
        }
        if (request.ComplianceOverdue)
        {
            query = query.Where(Decision.ComplianceOverdueOn(asOf));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var number = request.Q.Trim();
            query = query.Where(d => d.SubjectFolded.Contains(words) || d.Number.Contains(number));
        }
        var (page, next) = await query.PageByKeyAsync(d => d.Number, request.PageToken, pageSize, context.CancellationToken);
        var numbers = page.Select(d => d.Number).ToList();
        var effects = await db.LicenceEffects.AsNoTracking()
            .Where(e => e.ProvinceCode == province && numbers.Contains(e.DecisionNumber))
            .ToDictionaryAsync(e => e.DecisionNumber, StringComparer.Ordinal, context.CancellationToken);
        return new ListSanctionsResponse { Sanctions = { page.Select(d => d.ToMessage(effects.GetValueOrDefault(d.Number), asOf)) }, NextPageToken = next };
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.SanctionDecision> UpdateSanction(UpdateSanctionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var province = request.Province.Trim();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        var fields = await ReadFieldsAsync(violations, province, request.InspectionId, request.Subject, request.Violation, request.FineVnd,
            request.Confiscated, request.RemedialMeasures, request.DecidedOn, context.CancellationToken);
        var complyBy = ReadComplyBy(violations, request.ComplyBy, fields);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var decision = await FindAsync(province, request.Number.Trim(), tracked: true, context.CancellationToken);
        var effect = await EffectAsync(decision, context.CancellationToken);
        if (effect is not null && fields!.DecidedOn != decision.DecidedOn)
        {
            // The owner keys on the number and checks the date: it may have applied the decision as first dated.
            throw FieldViolations.ForField("decidedOn", "a decision with a licence effect keeps the date it was sent with");
        }
        decision.InspectionId = fields!.InspectionId;
        decision.Subject = fields.Subject;
        decision.SubjectFolded = VietnameseText.Fold(fields.Subject);
        decision.Violation = fields.Violation;
        decision.FineVnd = fields.FineVnd;
        decision.Confiscated = fields.Confiscated;
        decision.RemedialMeasures = fields.RemedialMeasures;
        decision.Redate(fields.DecidedOn, complyBy);
        await db.SaveAsOfVersionAsync(decision, request.Version, context.CancellationToken);
        return decision.ToMessage(effect, clock.Today());
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.SanctionDecision> SettleSanction(SettleSanctionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        var status = violations.Enum<SanctionStatus>("status", request.Status);
        var settledOn = violations.Date("settledOn", request.SettledOn);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var decision = await FindAsync(request.Province.Trim(), request.Number.Trim(), tracked: true, context.CancellationToken);
        if (decision.Settle(status!.Value, settledOn!.Value) is { } problem)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Decision {decision.Number}: {problem}."));
        }
        await db.SaveAsOfVersionAsync(decision, request.Version, context.CancellationToken);
        return decision.ToMessage(await EffectAsync(decision, context.CancellationToken), clock.Today());
    }

    private sealed record DecisionFields(string InspectionId, string Subject, string Violation, long FineVnd, string? Confiscated, string? RemedialMeasures, DateOnly DecidedOn);

    private async Task<DecisionFields?> ReadFieldsAsync(
        FieldViolations violations, string province, string inspectionId, string subject, string violation, long fine,
        string? confiscated, string? remedial, string date, CancellationToken cancellationToken, string fineField = "fineVnd", string dateField = "decidedOn")
    {
        var inspection = SearchWords.Text(inspectionId);
        var subjectText = SearchWords.Text(subject);
        var violationText = SearchWords.Text(violation);
        var confiscatedText = SearchWords.Text(confiscated);
        var remedialText = SearchWords.Text(remedial);
        var hasInspection = violations.Required("inspectionId", inspection);
        violations.Required("subject", subjectText);
        violations.MaxLength("subject", subjectText, 300);
        violations.Required("violation", violationText);
        violations.MaxLength("violation", violationText, 1000);
        violations.MaxLength("confiscated", confiscatedText, 1000);
        violations.MaxLength("remedialMeasures", remedialText, 1000);
        violations.NotNegative(fineField, fine);
        var decidedOn = violations.Date(dateField, date);
        if (hasInspection && !await db.Inspections.AnyAsync(i => i.ProvinceCode == province && i.Id == inspection, cancellationToken))
        {
            violations.Add("inspectionId", $"inspection '{inspection}' does not exist in province {province}");
        }
        return violations.IsEmpty
            ? new DecisionFields(inspection!, subjectText!, violationText!, fine, confiscatedText, remedialText, decidedOn!.Value)
            : null;
    }

    /// <summary>The compliance date given, checked against the decision's date; null when not given (the statutory one applies).</summary>
    private static DateOnly? ReadComplyBy(FieldViolations violations, string complyBy, DecisionFields? fields)
    {
        var given = violations.Date("complyBy", complyBy, required: false);
        if (given is { } date && fields is not null && Decision.ComplyByProblem(fields.DecidedOn, date) is { } problem)
        {
            violations.Add("complyBy", problem);
        }
        return given;
    }

    private async Task<Decision> FindAsync(string province, string number, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Sanctions : db.Sanctions.AsNoTracking();
        return await query.SingleOrDefaultAsync(d => d.ProvinceCode == province && d.Number == number, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Sanction decision {number} does not exist in province {province}."));
    }

    private Task<LicenceEffect?> EffectAsync(Decision decision, CancellationToken cancellationToken) =>
        db.LicenceEffects.AsNoTracking().SingleOrDefaultAsync(e => e.ProvinceCode == decision.ProvinceCode && e.DecisionNumber == decision.Number, cancellationToken);
}
