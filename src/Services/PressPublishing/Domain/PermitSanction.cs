namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>
/// A sanction decision's effect on a permit, applied once: the decision number is the key, so a repeated or
/// concurrent request finds this row and answers with it instead of changing the permit again.
/// </summary>
public sealed class PermitSanction
{
    public required string ProvinceCode { get; init; }
    public required string DecisionNumber { get; init; }
    public required string PermitNumber { get; init; }
    public required PermitAction Action { get; init; }
    public required DateOnly DecidedOn { get; init; }
    public required PermitStatus ResultingStatus { get; init; }
    public required DateTimeOffset AppliedAt { get; init; }
}
