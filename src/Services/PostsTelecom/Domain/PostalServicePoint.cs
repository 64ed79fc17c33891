using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Domain;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>
/// A postal service point, keyed by province and the department's point id. Each status it takes comes with one
/// <see cref="PostalPointStatusChange"/>, written by the point and stored by the caller along with it.
/// </summary>
public sealed class PostalServicePoint : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string NameFolded { get; set; }
    public required PostalPointKind Kind { get; set; }
    public required string UnitCode { get; set; }
    public required PostalPointStatus Status { get; set; }
    public required DateOnly OpenedOn { get; set; }
    /// <summary>Code of the operator running the point (<see cref="TelecomOperator"/>), when known.</summary>
    public string? OperatorCode { get; set; }
    public long Version { get; set; }

    /// <summary>A point as first recorded, and the first entry of its history (its status from the day it opened).</summary>
    public static PostalServicePoint Open(PostalPointFacts facts, out PostalPointStatusChange first)
    {
        var name = facts.Name ?? facts.Id;
        var point = new PostalServicePoint
        {
            ProvinceCode = facts.Province,
            Id = facts.Id,
            Name = name,
            NameFolded = VietnameseText.Fold(name),
            Kind = facts.Kind,
            UnitCode = facts.UnitCode,
            Status = facts.Status,
            OpenedOn = facts.OpenedOn,
            OperatorCode = facts.OperatorCode,
        };
        first = point.Entry(1, point.Status, point.OpenedOn);
        return point;
    }

    public bool Says(PostalPointFacts facts) =>
        (facts.Name is null || Name == facts.Name) && Kind == facts.Kind && UnitCode == facts.UnitCode && Status == facts.Status
        && OpenedOn == facts.OpenedOn && OperatorCode == facts.OperatorCode;

    /// <summary>
    /// Takes what <paramref name="facts"/> state; a new status is recorded as of <paramref name="statusChangedOn"/>,
    /// which may be neither before the (corrected) opening day nor before <paramref name="lastChange"/>.
    /// </summary>
    /// <returns>The history entry of a new status, or null when the status stays.</returns>
    /// <exception cref="DomainRuleException">The status would change on a day before the opening or the last change.</exception>
    public PostalPointStatusChange? ChangeTo(PostalPointFacts facts, DateOnly statusChangedOn, PostalPointStatusChange? lastChange, string dateField)
    {
        PostalPointStatusChange? change = null;
        if (Status != facts.Status)
        {
            var notBefore = lastChange is null || lastChange.EffectiveOn < facts.OpenedOn ? facts.OpenedOn : lastChange.EffectiveOn;
            if (statusChangedOn < notBefore)
            {
                throw new DomainRuleException(
                    $"'{statusChangedOn.Iso()}' is before the point opened or its last status change ({notBefore.Iso()})", dateField);
            }
            change = Entry((lastChange?.Sequence ?? 0) + 1, facts.Status, statusChangedOn);
        }
        Copy(facts);
        return change;
    }

    /// <summary>What a dataset row states, taken as it is: a new status is recorded as of <paramref name="effectiveOn"/> (the import day).</summary>
    public PostalPointStatusChange? Restate(PostalPointFacts facts, DateOnly effectiveOn, int lastSequence)
    {
        var change = Status != facts.Status ? Entry(lastSequence + 1, facts.Status, effectiveOn) : null;
        Copy(facts);
        return change;
    }

    private void Copy(PostalPointFacts facts)
    {
        if (facts.Name is { } name)
        {
            Name = name;
            NameFolded = VietnameseText.Fold(name);
        }
        Kind = facts.Kind;
        UnitCode = facts.UnitCode;
        Status = facts.Status;
        OpenedOn = facts.OpenedOn;
        OperatorCode = facts.OperatorCode;
    }

    private PostalPointStatusChange Entry(int sequence, PostalPointStatus status, DateOnly effectiveOn) => new()
    {
        ProvinceCode = ProvinceCode,
        PointId = Id,
        Sequence = sequence,
        Status = status,
        EffectiveOn = effectiveOn,
    };
}
