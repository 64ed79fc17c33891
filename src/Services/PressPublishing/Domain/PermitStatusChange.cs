namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>One entry of a permit's history: how it was first recorded, then each change of status and why.</summary>
public sealed class PermitStatusChange
{
    public required string ProvinceCode { get; init; }
    public required string PermitNumber { get; init; }
    /// <summary>1 for the first record, then one more for each change.</summary>
    public required int Sequence { get; init; }
    public required PermitStatus Status { get; init; }
    public required DateOnly EffectiveOn { get; init; }
    /// <summary>The decision behind the change (a sanction's number), when there is one.</summary>
    public string? DecisionNumber { get; init; }
    public string? Reason { get; init; }
    public required string ChangedBy { get; init; }
}
