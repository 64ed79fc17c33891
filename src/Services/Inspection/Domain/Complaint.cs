using System.Linq.Expressions;
using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Inspection.Domain;

/// <summary>
/// A letter received (đơn thư): a complaint, denunciation, petition or feedback, keyed by province and its id, with its
/// statutory deadline (extendable once, with a reason), and its end: resolved, referred to another body, or not
/// accepted for handling (không thụ lý, e.g. sent to several bodies at once).
/// </summary>
public sealed class Complaint : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required ComplaintKind Kind { get; set; }
    public required InspectionField Field { get; set; }
    /// <summary>What it is about, in words; optional.</summary>
    public string? Summary { get; set; }
    public string? SummaryFolded { get; set; }
    public required DateOnly ReceivedOn { get; set; }
    /// <summary>The deadline before any extension: the one given, or the statutory one.</summary>
    public required DateOnly DeadlineOn { get; set; }
    public DateOnly? ExtendedTo { get; set; }
    public string? ExtensionReason { get; set; }
    public required ComplaintStatus Status { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public string? ReferredTo { get; set; }
    public DateOnly? ReferredOn { get; set; }
    /// <summary>Why it was not accepted for handling; null when accepted. A letter not accepted is closed.</summary>
    public string? NotAcceptedReason { get; set; }
    public long Version { get; set; }

    public DateOnly EffectiveDeadline => ExtendedTo ?? DeadlineOn;

    public bool IsAccepted => NotAcceptedReason is null;

    /// <summary>
    /// Overdue at the end of <paramref name="asOf"/> (a Vietnam-time day): still open and accepted, and that day is
    /// past its deadline. A letter due on 30 June is on time all of 30 June and overdue from 1 July; one referred
    /// or resolved is never overdue, nor one not accepted.
    /// </summary>
    public bool IsOverdueOn(DateOnly asOf) => IsOpenOn(asOf) && IsAccepted && asOf > EffectiveDeadline;

    /// <summary>The rule of <see cref="IsOverdueOn"/> as an expression, so the database filters lists and counts by it.</summary>
    public static Expression<Func<Complaint, bool>> OverdueOn(DateOnly asOf) => c =>
        c.NotAcceptedReason == null
        && c.ReceivedOn <= asOf
        && (c.ExtendedTo ?? c.DeadlineOn) < asOf
        && (c.Status == ComplaintStatus.Open
            || (c.Status == ComplaintStatus.Resolved && c.ResolvedOn != null && c.ResolvedOn > asOf)
            || (c.Status == ComplaintStatus.Referred && c.ReferredOn != null && c.ReferredOn > asOf));

    /// <summary>The day it stopped waiting: resolved or referred (the day it was received when the day is not known).</summary>
    public DateOnly? ClosedOn => Status switch
    {
        ComplaintStatus.Resolved => ResolvedOn ?? ReceivedOn,
        ComplaintStatus.Referred => ReferredOn ?? ReceivedOn,
        _ => null,
    };

    /// <summary>Whether it was still waiting on that day: received by then and neither resolved nor referred by then.</summary>
    public bool IsOpenOn(DateOnly asOf) => ReceivedOn <= asOf && (ClosedOn is not { } closed || closed > asOf);

    /// <summary>Extends the deadline once; the problem when it cannot be.</summary>
    public string? Extend(DateOnly to, string reason)
    {
        if (ExtendedTo is not null)
        {
            return $"the deadline was already extended once, to {ExtendedTo:yyyy-MM-dd}";
        }
        if (Status != ComplaintStatus.Open)
        {
            return $"the letter is {Status.ToString().ToLowerInvariant()}";
        }
        if (to <= DeadlineOn)
        {
            return $"{to:yyyy-MM-dd} is not after the deadline {DeadlineOn:yyyy-MM-dd}";
        }
        var longest = DeadlineOn.AddDays(StatutoryDeadlines.MaxExtensionDays(Kind));
        if (to > longest)
        {
            return $"an extension of a {Kind.ToString().ToLowerInvariant()} may reach {longest:yyyy-MM-dd} at the latest";
        }
        ExtendedTo = to;
        ExtensionReason = reason;
        return null;
    }

    public string? Resolve(DateOnly on)
    {
        if (Status != ComplaintStatus.Open)
        {
            return $"the letter is already {Status.ToString().ToLowerInvariant()}";
        }
        if (on < ReceivedOn)
        {
            return $"{on:yyyy-MM-dd} is before it was received ({ReceivedOn:yyyy-MM-dd})";
        }
        Status = ComplaintStatus.Resolved;
        ResolvedOn = on;
        return null;
    }

    public string? Refer(string to, DateOnly on)
    {
        if (Status != ComplaintStatus.Open)
        {
            return $"the letter is already {Status.ToString().ToLowerInvariant()}";
        }
        if (on < ReceivedOn)
        {
            return $"{on:yyyy-MM-dd} is before it was received ({ReceivedOn:yyyy-MM-dd})";
        }
        Status = ComplaintStatus.Referred;
        ReferredTo = to;
        ReferredOn = on;
        return null;
    }
}
