using System.Linq.Expressions;
using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Inspection.Domain;

/// <summary>
/// A decision imposing an administrative sanction (quyết định xử phạt vi phạm hành chính), keyed by province and its
/// number. When it suspends or revokes a licence, a <see cref="LicenceEffect"/> saved with it carries that to the
/// licence's owner.
/// </summary>
public sealed class SanctionDecision : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public required string InspectionId { get; set; }
    public required string Subject { get; set; }
    public required string SubjectFolded { get; set; }
    public required string Violation { get; set; }
    public required long FineVnd { get; set; }
    /// <summary>Items confiscated (tịch thu), as the decision words them.</summary>
    public string? Confiscated { get; set; }
    /// <summary>Remedial measures (biện pháp khắc phục hậu quả).</summary>
    public string? RemedialMeasures { get; set; }
    public required DateOnly DecidedOn { get; set; }
    /// <summary>The last day to comply (thời hạn chấp hành): the one given, or <see cref="SanctionComplianceDeadline"/>'s.</summary>
    public required DateOnly ComplyBy { get; set; }
    public required SanctionStatus Status { get; set; }
    /// <summary>When the decision was complied with or enforced.</summary>
    public DateOnly? SettledOn { get; set; }
    /// <summary>The licence the decision suspends or revokes; fixed once decided, as its effect may have reached the owner.</summary>
    public string? LicenceNumber { get; init; }
    public LicenceAction? LicenceAction { get; init; }
    public long Version { get; set; }

    /// <summary>The licence effect to send, when the decision has one.</summary>
    public LicenceEffect? NewEffect(DateTimeOffset now) => LicenceNumber is { } licence && LicenceAction is { } action
        ? LicenceEffect.Pending(ProvinceCode, Number, licence, action, DecidedOn, now)
        : null;

    /// <summary>Dates the decision: the compliance date given, or the statutory one counted from the new date.</summary>
    public void Redate(DateOnly decidedOn, DateOnly? complyBy)
    {
        DecidedOn = decidedOn;
        ComplyBy = complyBy ?? SanctionComplianceDeadline.For(decidedOn);
    }

    /// <summary>The problem with a compliance date given for a decision of that day, if any.</summary>
    public static string? ComplyByProblem(DateOnly decidedOn, DateOnly complyBy) =>
        complyBy < decidedOn ? $"{complyBy:yyyy-MM-dd} is before the decision ({decidedOn:yyyy-MM-dd})" : null;

    /// <summary>
    /// Overdue for compliance at the end of <paramref name="asOf"/> (a Vietnam-time day): decided by then, neither
    /// complied with nor enforced by then (one settled on an unknown day counts as settled), and that day is past
    /// <see cref="ComplyBy"/>. A decision to be complied with by 10 March is on time all of 10 March. An expression, so
    /// the database filters lists and counts by the same rule a single decision is judged by.
    /// </summary>
    public static Expression<Func<SanctionDecision, bool>> ComplianceOverdueOn(DateOnly asOf) => d =>
        d.DecidedOn <= asOf
        && d.ComplyBy < asOf
        && (d.Status == SanctionStatus.Issued || (d.SettledOn != null && d.SettledOn > asOf));

    /// <summary>The rule of <see cref="ComplianceOverdueOn"/>, for a decision already read (compiling it per call would cost more).</summary>
    public bool IsComplianceOverdueOn(DateOnly asOf) =>
        DecidedOn <= asOf && ComplyBy < asOf && (Status == SanctionStatus.Issued || SettledOn is { } settled && settled > asOf);

    /// <summary>Records compliance or enforcement; the problem when the decision is not awaiting it.</summary>
    public string? Settle(SanctionStatus status, DateOnly on)
    {
        if (status == SanctionStatus.Issued)
        {
            return "a decision is settled as complied or enforced";
        }
        if (Status != SanctionStatus.Issued && Status != status)
        {
            return $"the decision was already {Status.ToString().ToLowerInvariant()} on {SettledOn:yyyy-MM-dd}";
        }
        if (on < DecidedOn)
        {
            return $"{on:yyyy-MM-dd} is before the decision ({DecidedOn:yyyy-MM-dd})";
        }
        Status = status;
        SettledOn = on;
        return null;
    }
}
