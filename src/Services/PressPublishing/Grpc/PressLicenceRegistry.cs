using GiaLaiIct.Licences.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Grpc;

/// <summary>
/// The shared licence contract for press permits: the public lookup finds them by number, and Inspection applies a
/// sanction decision's effect to one exactly once (the decision number is the key).
/// </summary>
public sealed class PressLicenceRegistry(PressPublishingDbContext db, TimeProvider clock, ILogger<PressLicenceRegistry> logger) : LicenceRegistry.LicenceRegistryBase
{
    /// <summary>Attempts at applying a sanction while other changes of the same permit keep winning the race.</summary>
    private const int SanctionAttempts = 5;

    public override Task<ListLicenceTypesResponse> ListLicenceTypes(ListLicenceTypesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListLicenceTypesResponse { Types_ = { Enum.GetValues<PermitType>().Select(WireNames.ToWire) } });

    public override async Task<LicenceSummary> FindLicence(FindLicenceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var number = request.Number.Trim();
        var permit = await db.Permits.AsNoTracking().SingleOrDefaultAsync(p => p.ProvinceCode == province && p.Number == number, context.CancellationToken)
            ?? throw NotFound(province, number);
        return permit.ToSummary(clock.Today());
    }

    [Authorize(Policy = AccessPolicies.Sanction)]
    public override async Task<SanctionEffectOutcome> ApplySanctionEffect(ApplySanctionEffectRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("decisionNumber", request.DecisionNumber);
        violations.MaxLength("decisionNumber", request.DecisionNumber.Trim(), 64);
        violations.Required("licenceNumber", request.LicenceNumber);
        var action = violations.Enum<PermitAction>("action", request.Action);
        if (action is PermitAction.Reinstate or PermitAction.Issue)
        {
            violations.Add("action", $"a sanction suspends or revokes; '{request.Action}' is not one");
        }
        var decidedOn = violations.Date("decidedOn", request.DecidedOn);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var decision = request.DecisionNumber.Trim();
        var number = request.LicenceNumber.Trim();
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAppliedAsync(province, decision, number, action!.Value, decidedOn!.Value, context.CancellationToken) is { } applied)
            {
                return applied.ToMessage();
            }
            try
            {
                return (await ApplyOnceAsync(province, decision, number, action.Value, decidedOn.Value, Caller.From(context).ClientId, context.CancellationToken)).ToMessage();
            }
            catch (DbUpdateException exception) when (
                attempt < SanctionAttempts && (exception is DbUpdateConcurrencyException || ExceptionMappingInterceptor.IsUniqueViolation(exception)))
            {
                // Another request changed the permit or applied this very decision first: look again.
                logger.LogInformation("Sanction {Decision} met a concurrent change of permit {Permit}; attempt {Attempt}", decision, number, attempt);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The application already recorded for the decision; AlreadyExists when it was for another permit or action.</summary>
    private async Task<PermitSanction?> FindAppliedAsync(string province, string decision, string number, PermitAction action, DateOnly decidedOn, CancellationToken cancellationToken)
    {
        var applied = await db.PermitSanctions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProvinceCode == province && s.DecisionNumber == decision, cancellationToken);
        if (applied is not null && (applied.PermitNumber != number || applied.Action != action || applied.DecidedOn != decidedOn))
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists,
                $"Decision {decision} was applied as '{WireNames.ToWire(applied.Action)}' of permit {applied.PermitNumber} on {applied.DecidedOn.ToWire()}; this request says otherwise."));
        }
        return applied;
    }

    /// <summary>The permit changes itself (status and history row) and the application is recorded, in one save.</summary>
    private async Task<PermitSanction> ApplyOnceAsync(
        string province, string decision, string number, PermitAction action, DateOnly decidedOn, string changedBy, CancellationToken cancellationToken)
    {
        var permit = await db.Permits.Include(p => p.History).SingleOrDefaultAsync(p => p.ProvinceCode == province && p.Number == number, cancellationToken)
            ?? throw NotFound(province, number);
        try
        {
            permit.ApplySanction(action, decidedOn, decision, changedBy);
        }
        catch (PermitRuleException refusal)
        {
            throw refusal.Field is null
                ? new RpcException(new Status(StatusCode.FailedPrecondition, refusal.Message))
                : refusal.ToRpc();
        }
        db.Entry(permit).State = EntityState.Modified;
        var sanction = new PermitSanction
        {
            ProvinceCode = province,
            DecisionNumber = decision,
            PermitNumber = number,
            Action = action,
            DecidedOn = decidedOn,
            ResultingStatus = permit.Status,
            AppliedAt = clock.GetUtcNow(),
        };
        db.PermitSanctions.Add(sanction);
        await db.SaveChangesAsync(cancellationToken);
        return sanction;
    }

    private static RpcException NotFound(string province, string number) =>
        new(new Status(StatusCode.NotFound, $"No press permit {number} in province {province}."));
}
