using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>
/// A licence or permit of one of <see cref="PermitType"/>, keyed by province and number. It keeps its own history:
/// every state it is given, by the API, an import or a sanction, appends one <see cref="PermitStatusChange"/>.
/// </summary>
public sealed class PressPermit : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public required PermitType Type { get; set; }
    public required string Holder { get; set; }
    public required string HolderFolded { get; set; }
    public required string UnitCode { get; set; }
    public DateOnly? AppliedOn { get; set; }
    /// <summary>Null while only applied for.</summary>
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>The status last recorded; <see cref="StatusOn"/> adds expiry by date.</summary>
    public required PermitStatus Status { get; set; }
    public long Version { get; set; }

    /// <summary>Oldest first once loaded; the permit appends to it, nothing else does.</summary>
    public List<PermitStatusChange> History { get; init; } = [];

    /// <summary>
    /// A permit as first recorded: applied for (no issue date needed) or, as a dataset may state it, already
    /// issued, suspended, revoked or expired.
    /// </summary>
    public static PressPermit Record(PermitFacts facts, PermitStatus status, string reason, string changedBy)
    {
        var permit = new PressPermit
        {
            ProvinceCode = facts.Province,
            Number = facts.Number,
            Type = facts.Type,
            Holder = facts.Holder,
            HolderFolded = Contracts.Text.VietnameseText.Fold(facts.Holder),
            UnitCode = facts.UnitCode,
            Status = status,
        };
        permit.Correct(facts);
        if (status != PermitStatus.Applied && permit.IssuedOn is null)
        {
            throw new PermitRuleException($"a permit recorded as {Contracts.Text.WireNames.ToWire(status)} needs its issue date", "issuedOn");
        }
        var effectiveOn = permit.IssuedOn ?? permit.AppliedOn
            ?? throw new PermitRuleException("a permit applied for needs the date of its application", "appliedOn");
        permit.Append(status, effectiveOn, null, reason, changedBy);
        return permit;
    }

    /// <summary>Corrects what the permit says (type, holder, place, dates); its status changes only through <see cref="Change"/>.</summary>
    public void Correct(PermitFacts facts)
    {
        if (facts.IssuedOn is { } issued && facts.ExpiresOn is { } expires && expires < issued)
        {
            throw new PermitRuleException($"'{expires:yyyy-MM-dd}' is before the issue date ({issued:yyyy-MM-dd})", "expiresOn");
        }
        if (facts.AppliedOn is { } applied && facts.IssuedOn is { } issuedOn && issuedOn < applied)
        {
            throw new PermitRuleException($"'{issuedOn:yyyy-MM-dd}' is before the application ({applied:yyyy-MM-dd})", "issuedOn");
        }
        if (facts.IssuedOn is null && Status != PermitStatus.Applied)
        {
            throw new PermitRuleException("an issued permit keeps its issue date", "issuedOn");
        }
        Type = facts.Type;
        Holder = facts.Holder;
        HolderFolded = Contracts.Text.VietnameseText.Fold(facts.Holder);
        UnitCode = facts.UnitCode;
        AppliedOn = facts.AppliedOn;
        IssuedOn = facts.IssuedOn;
        ExpiresOn = facts.ExpiresOn;
    }

    public bool Says(PermitFacts facts) =>
        Type == facts.Type && Holder == facts.Holder && UnitCode == facts.UnitCode && AppliedOn == facts.AppliedOn
        && IssuedOn == facts.IssuedOn && ExpiresOn == facts.ExpiresOn;

    /// <summary>The status on <paramref name="date"/> as last recorded: a permit in force past its expiry date is expired.</summary>
    public PermitStatus StatusOn(DateOnly date) => Expire(Status, date);

    /// <summary>The status the history gives on <paramref name="date"/> (null before the permit's first record), expiry included.</summary>
    public PermitStatus? StatusAt(DateOnly date)
    {
        var last = History.Where(c => c.EffectiveOn <= date).MaxBy(c => c.Sequence);
        return last is null ? null : Expire(last.Status, date);
    }

    /// <summary>Takes one lifecycle step on <paramref name="effectiveOn"/> and records it.</summary>
    public PermitStatusChange Change(PermitAction action, DateOnly effectiveOn, string? decisionNumber, string? reason, string changedBy, string dateField = "effectiveOn")
    {
        var last = LastChange();
        if (effectiveOn < last.EffectiveOn)
        {
            throw new PermitRuleException($"'{effectiveOn:yyyy-MM-dd}' is before the permit's last change ({last.EffectiveOn:yyyy-MM-dd})", dateField);
        }
        var current = StatusOn(effectiveOn);
        var next = After(current, action)
            ?? throw new PermitRuleException($"Permit {Number} is {Contracts.Text.WireNames.ToWire(current)} on {effectiveOn:yyyy-MM-dd}; it cannot be {Done(action)}.");
        if (action == PermitAction.Issue)
        {
            IssuedOn = effectiveOn;
        }
        Status = next;
        return Append(next, effectiveOn, decisionNumber, reason, changedBy);
    }

    /// <summary>
    /// A sanction decision's effect: suspends or revokes; a decision to the effect the permit already has is
    /// recorded in its history without another change of status.
    /// </summary>
    public PermitStatusChange ApplySanction(PermitAction action, DateOnly decidedOn, string decisionNumber, string changedBy)
    {
        if (action is not (PermitAction.Suspend or PermitAction.Revoke))
        {
            throw new PermitRuleException("a sanction suspends or revokes", "action");
        }
        var target = action == PermitAction.Suspend ? PermitStatus.Suspended : PermitStatus.Revoked;
        return StatusOn(decidedOn) == target && decidedOn >= LastChange().EffectiveOn
            ? Append(target, decidedOn, decisionNumber, "sanction decision", changedBy)
            : Change(action, decidedOn, decisionNumber, "sanction decision", changedBy, "decidedOn");
    }

    /// <summary>A status stated outright (a dataset row): recorded as of <paramref name="effectiveOn"/> when it differs.</summary>
    public PermitStatusChange? Restate(PermitStatus status, DateOnly effectiveOn, string reason, string changedBy)
    {
        if (status == Status)
        {
            return null;
        }
        if (status != PermitStatus.Applied && IssuedOn is null)
        {
            throw new PermitRuleException($"a permit recorded as {Contracts.Text.WireNames.ToWire(status)} needs its issue date", "issuedOn");
        }
        Status = status;
        return Append(status, effectiveOn, null, reason, changedBy);
    }

    /// <summary>The status <paramref name="action"/> leads to from <paramref name="current"/>, or null when it does not apply.</summary>
    public static PermitStatus? After(PermitStatus current, PermitAction action) => (current, action) switch
    {
        (PermitStatus.Applied, PermitAction.Issue) => PermitStatus.Issued,
        (PermitStatus.Issued, PermitAction.Suspend) => PermitStatus.Suspended,
        (PermitStatus.Suspended, PermitAction.Reinstate) => PermitStatus.Issued,
        (PermitStatus.Issued or PermitStatus.Suspended, PermitAction.Revoke) => PermitStatus.Revoked,
        _ => null,
    };

    private PermitStatus Expire(PermitStatus status, DateOnly date) =>
        status == PermitStatus.Issued && ExpiresOn is { } expiry && expiry < date ? PermitStatus.Expired : status;

    private PermitStatusChange LastChange() =>
        History.MaxBy(c => c.Sequence) ?? throw new InvalidOperationException($"Permit {Number} was read without its history.");

    private PermitStatusChange Append(PermitStatus status, DateOnly effectiveOn, string? decisionNumber, string? reason, string changedBy)
    {
        var change = new PermitStatusChange
        {
            ProvinceCode = ProvinceCode,
            PermitNumber = Number,
            Sequence = History.Count == 0 ? 1 : History.Max(c => c.Sequence) + 1,
            Status = status,
            EffectiveOn = effectiveOn,
            DecisionNumber = decisionNumber,
            Reason = reason,
            ChangedBy = changedBy,
        };
        History.Add(change);
        return change;
    }

    private static string Done(PermitAction action) => action switch
    {
        PermitAction.Issue => "issued",
        PermitAction.Suspend => "suspended",
        PermitAction.Reinstate => "reinstated",
        _ => "revoked",
    };
}
