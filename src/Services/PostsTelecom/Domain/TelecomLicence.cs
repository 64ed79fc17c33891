using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Domain;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>
/// A licence or certificate of one of <see cref="LicenceType"/>, keyed by province and its number. It writes its own
/// history: every status it is given, by the API, an import or a sanction, comes with one <see cref="LicenceStatusChange"/>
/// that the caller stores along with it.
/// </summary>
public sealed class TelecomLicence : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public required LicenceType Type { get; set; }
    public required string Holder { get; set; }
    public required string HolderFolded { get; set; }
    public required string UnitCode { get; set; }
    public required DateOnly IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>The status last recorded; <see cref="StatusOn"/> adds expiry by date.</summary>
    public required LicenceStatus Status { get; set; }
    public long Version { get; set; }

    /// <summary>Why <paramref name="expiresOn"/> cannot go with <paramref name="issuedOn"/>, or null; the message names the issue date as <paramref name="issuedField"/>.</summary>
    public static string? ExpiryProblem(DateOnly? issuedOn, DateOnly? expiresOn, string issuedField) =>
        issuedOn is { } issued && expiresOn is { } expires && expires < issued ? $"'{expires.Iso()}' is before {issuedField} ({issued.Iso()})" : null;

    /// <summary>A licence as first recorded (issued, or with the status a dataset states), and the first entry of its history.</summary>
    public static TelecomLicence Record(LicenceFacts facts, LicenceStatus status, string reason, string changedBy, out LicenceStatusChange first)
    {
        var licence = new TelecomLicence
        {
            ProvinceCode = facts.Province,
            Number = facts.Number,
            Type = facts.Type,
            Holder = facts.Holder,
            HolderFolded = VietnameseText.Fold(facts.Holder),
            UnitCode = facts.UnitCode,
            IssuedOn = facts.IssuedOn,
            ExpiresOn = facts.ExpiresOn,
            Status = status,
        };
        first = licence.Entry(1, status, licence.IssuedOn, null, reason, changedBy);
        return licence;
    }

    /// <summary>The reason the first history entry gives for a licence recorded with <paramref name="status"/>.</summary>
    public static string RecordedReason(LicenceStatus status) => status == LicenceStatus.Issued ? "issued" : $"recorded as {WireNames.ToWire(status)}";

    public bool Says(LicenceFacts facts) =>
        Type == facts.Type && Holder == facts.Holder && UnitCode == facts.UnitCode && IssuedOn == facts.IssuedOn && ExpiresOn == facts.ExpiresOn;

    /// <summary>Corrects what the licence says (type, holder, place, dates); its status changes only through <see cref="Change"/>, <see cref="ApplySanction"/> or <see cref="Restate"/>.</summary>
    public void Correct(LicenceFacts facts)
    {
        Type = facts.Type;
        Holder = facts.Holder;
        HolderFolded = VietnameseText.Fold(facts.Holder);
        UnitCode = facts.UnitCode;
        IssuedOn = facts.IssuedOn;
        ExpiresOn = facts.ExpiresOn;
    }

    /// <summary>The status on <paramref name="date"/>: an issued licence past its expiry date is expired.</summary>
    public LicenceStatus StatusOn(DateOnly date) =>
        Status == LicenceStatus.Issued && ExpiresOn is { } expiry && expiry < date ? LicenceStatus.Expired : Status;

    /// <summary>The status <paramref name="action"/> leads to from <paramref name="current"/>, or null when it does not apply.</summary>
    public static LicenceStatus? After(LicenceStatus current, LicenceAction action) => (current, action) switch
    {
        (LicenceStatus.Issued, LicenceAction.Suspend) => LicenceStatus.Suspended,
        (LicenceStatus.Suspended, LicenceAction.Reinstate) => LicenceStatus.Issued,
        (LicenceStatus.Issued or LicenceStatus.Suspended, LicenceAction.Revoke) => LicenceStatus.Revoked,
        _ => null,
    };

    /// <summary>Suspends, reinstates or revokes the licence on <paramref name="effectiveOn"/>, after <paramref name="lastChange"/>, and writes the history entry.</summary>
    /// <exception cref="DomainRuleException">The date is before the last change (naming <paramref name="dateField"/>), or the status does not allow the action.</exception>
    public LicenceStatusChange Change(
        LicenceAction action, DateOnly effectiveOn, LicenceStatusChange lastChange, string? decisionNumber, string? reason, string changedBy, string dateField = "effectiveOn")
    {
        Status = NextStatus(action, effectiveOn, lastChange, dateField);
        return Entry(lastChange.Sequence + 1, Status, effectiveOn, decisionNumber, reason, changedBy);
    }

    public LicenceStatusChange Suspend(DateOnly effectiveOn, LicenceStatusChange lastChange, string? reason, string changedBy) =>
        Change(LicenceAction.Suspend, effectiveOn, lastChange, null, reason, changedBy);

    public LicenceStatusChange Reinstate(DateOnly effectiveOn, LicenceStatusChange lastChange, string? reason, string changedBy) =>
        Change(LicenceAction.Reinstate, effectiveOn, lastChange, null, reason, changedBy);

    public LicenceStatusChange Revoke(DateOnly effectiveOn, LicenceStatusChange lastChange, string? reason, string changedBy) =>
        Change(LicenceAction.Revoke, effectiveOn, lastChange, null, reason, changedBy);

    /// <summary>
    /// A sanction decision's effect (suspend or revoke). A second decision to the effect the licence already has on
    /// that day is recorded in the history without another change of status.
    /// </summary>
    public LicenceStatusChange ApplySanction(LicenceAction action, DateOnly decidedOn, LicenceStatusChange lastChange, string decisionNumber, string changedBy)
    {
        if (action is not (LicenceAction.Suspend or LicenceAction.Revoke))
        {
            throw new DomainRuleException("a sanction suspends or revokes; 'reinstate' is not one", "action");
        }
        var target = action == LicenceAction.Suspend ? LicenceStatus.Suspended : LicenceStatus.Revoked;
        Status = StatusOn(decidedOn) == target ? target : NextStatus(action, decidedOn, lastChange, "decidedOn");
        return Entry(lastChange.Sequence + 1, Status, decidedOn, decisionNumber, "sanction decision", changedBy);
    }

    /// <summary>A status stated outright (a dataset row): the history entry when it differs from the one recorded, else null.</summary>
    public LicenceStatusChange? Restate(LicenceStatus status, DateOnly effectiveOn, int lastSequence, string reason, string changedBy)
    {
        if (status == Status)
        {
            return null;
        }
        Status = status;
        return Entry(lastSequence + 1, status, effectiveOn, null, reason, changedBy);
    }

    private LicenceStatus NextStatus(LicenceAction action, DateOnly effectiveOn, LicenceStatusChange lastChange, string dateField)
    {
        if (effectiveOn < lastChange.EffectiveOn)
        {
            throw new DomainRuleException($"'{effectiveOn.Iso()}' is before the licence's last change ({lastChange.EffectiveOn.Iso()})", dateField);
        }
        var current = StatusOn(effectiveOn);
        return After(current, action)
            ?? throw new DomainRuleException($"Licence {Number} is {WireNames.ToWire(current)} on {effectiveOn.Iso()}; it cannot be {Done(action)}.");
    }

    private LicenceStatusChange Entry(int sequence, LicenceStatus status, DateOnly effectiveOn, string? decisionNumber, string? reason, string changedBy) => new()
    {
        ProvinceCode = ProvinceCode,
        LicenceNumber = Number,
        Sequence = sequence,
        Status = status,
        EffectiveOn = effectiveOn,
        DecisionNumber = decisionNumber,
        Reason = reason,
        ChangedBy = changedBy,
    };

    private static string Done(LicenceAction action) => action switch
    {
        LicenceAction.Suspend => "suspended",
        LicenceAction.Reinstate => "reinstated",
        _ => "revoked",
    };
}
