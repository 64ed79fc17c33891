namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>One entry of a licence's history: its issue, or a change of status and why.</summary>
public sealed class LicenceStatusChange
{
    public required string ProvinceCode { get; init; }
    public required string LicenceNumber { get; init; }
    /// <summary>1 for the licence's issue, then one more for each change.</summary>
    public required int Sequence { get; init; }
    public required LicenceStatus Status { get; init; }
    public required DateOnly EffectiveOn { get; init; }
    /// <summary>The decision behind the change (a sanction's number), when there is one.</summary>
    public string? DecisionNumber { get; init; }
    public string? Reason { get; init; }
    /// <summary>The client that made the change.</summary>
    public required string ChangedBy { get; init; }
}
