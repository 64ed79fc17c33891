using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Domain;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Licence = GiaLaiIct.PostsTelecom.Domain.TelecomLicence;

namespace GiaLaiIct.PostsTelecom.Grpc;

/// <summary>
/// Applies a sanction decision to a licence once per decision number. Both the telecom API
/// (<c>ApplySanction</c>) and the shared <c>LicenceRegistry.ApplySanctionEffect</c> go through here,
/// so a decision sent through either is applied once.
/// </summary>
public sealed class LicenceSanctions(PostsTelecomDbContext db, TimeProvider clock, ILogger<LicenceSanctions> logger)
{
    /// <summary>Attempts at applying a sanction while other changes of the same licence keep winning the race.</summary>
    private const int Attempts = 5;

    /// <summary>
    /// Checks the request's fields (InvalidArgument naming each that is wrong) and applies the decision once;
    /// <paramref name="notHeld"/> is the answer for a licence this service does not hold.
    /// </summary>
    public async Task<SanctionApplication> ApplyAsync(SanctionFields fields, string changedBy, Func<SanctionApplication, RpcException> notHeld, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var wanted = Parse(violations, fields);
        violations.ThrowIfAny();
        return await ApplyAsync(wanted!, changedBy, cancellationToken) ?? throw notHeld(wanted!);
    }

    /// <summary>The decision a request describes, with a violation for each field that is wrong.</summary>
    private static SanctionApplication? Parse(FieldViolations violations, SanctionFields fields)
    {
        var (province, decisionNumber, licenceNumber, actionText, decidedOnText) = fields;
        violations.Required("province", province);
        violations.Required("decisionNumber", decisionNumber);
        violations.MaxLength("decisionNumber", decisionNumber.Trim(), 64);
        violations.Required("licenceNumber", licenceNumber);
        var action = violations.Enum<LicenceAction>("action", actionText);
        if (action == LicenceAction.Reinstate)
        {
            violations.Add("action", "a sanction suspends or revokes; 'reinstate' is not one");
        }
        var decidedOn = violations.Date("decidedOn", decidedOnText);
        if (!violations.IsEmpty)
        {
            return null;
        }
        return new SanctionApplication
        {
            ProvinceCode = province.Trim(),
            DecisionNumber = decisionNumber.Trim(),
            LicenceNumber = licenceNumber.Trim(),
            Action = action!.Value,
            DecidedOn = decidedOn!.Value,
            ResultingStatus = default,
            AppliedAt = default,
        };
    }

    /// <summary>
    /// The application of <paramref name="wanted"/>: the one recorded before, or a new one. Null when the licence
    /// is not in this service (each caller answers that its own way); AlreadyExists when the decision number was
    /// applied otherwise; FailedPrecondition when the licence's status does not allow the action.
    /// </summary>
    private async Task<SanctionApplication?> ApplyAsync(SanctionApplication wanted, string changedBy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindApplicationAsync(wanted, cancellationToken) is { } applied)
            {
                return applied;
            }
            try
            {
                return await ApplyOnceAsync(wanted, changedBy, cancellationToken);
            }
            catch (DbUpdateException exception) when (
                attempt < Attempts && (exception is DbUpdateConcurrencyException || ExceptionMappingInterceptor.IsUniqueViolation(exception)))
            {
                // Another request changed the licence or applied this very decision first: look again.
                logger.LogInformation("Sanction {Decision} met a concurrent change of licence {Licence}; attempt {Attempt}", wanted.DecisionNumber, wanted.LicenceNumber, attempt);
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<LicenceStatusChange> LastChangeAsync(Licence licence, CancellationToken cancellationToken) =>
        await db.LicenceStatusChanges.AsNoTracking()
            .Where(c => c.ProvinceCode == licence.ProvinceCode && c.LicenceNumber == licence.Number)
            .OrderByDescending(c => c.Sequence)
            .FirstAsync(cancellationToken);

    /// <summary>The application already recorded for the decision; AlreadyExists when it was for another licence or action.</summary>
    private async Task<SanctionApplication?> FindApplicationAsync(SanctionApplication wanted, CancellationToken cancellationToken)
    {
        var applied = await db.SanctionApplications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ProvinceCode == wanted.ProvinceCode && a.DecisionNumber == wanted.DecisionNumber, cancellationToken);
        if (applied is not null && (applied.LicenceNumber != wanted.LicenceNumber || applied.Action != wanted.Action || applied.DecidedOn != wanted.DecidedOn))
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists,
                $"Decision {applied.DecisionNumber} was applied as '{WireNames.ToWire(applied.Action)}' of licence {applied.LicenceNumber} on {applied.DecidedOn.ToWire()}; this request says otherwise."));
        }
        return applied;
    }

    /// <summary>Changes the licence, writes its history row and records the application, all in one save.</summary>
    private async Task<SanctionApplication?> ApplyOnceAsync(SanctionApplication wanted, string changedBy, CancellationToken cancellationToken)
    {
        var licence = await db.Licences.SingleOrDefaultAsync(l => l.ProvinceCode == wanted.ProvinceCode && l.Number == wanted.LicenceNumber, cancellationToken);
        if (licence is null)
        {
            return null;
        }
        var lastChange = await LastChangeAsync(licence, cancellationToken);
        LicenceStatusChange change;
        try
        {
            change = licence.ApplySanction(wanted.Action, wanted.DecidedOn, lastChange, wanted.DecisionNumber, changedBy);
        }
        catch (DomainRuleException refusal)
        {
            throw refusal.ToRpc();
        }
        db.Entry(licence).State = EntityState.Modified;
        db.LicenceStatusChanges.Add(change);
        var application = new SanctionApplication
        {
            ProvinceCode = wanted.ProvinceCode,
            DecisionNumber = wanted.DecisionNumber,
            LicenceNumber = wanted.LicenceNumber,
            Action = wanted.Action,
            DecidedOn = wanted.DecidedOn,
            ResultingStatus = licence.Status,
            AppliedAt = clock.GetUtcNow(),
        };
        db.SanctionApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
