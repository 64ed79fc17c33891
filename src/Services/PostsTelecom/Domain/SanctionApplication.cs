namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>
/// A sanction decision's effect on a licence, applied once: the decision number is the key, so a repeated
/// or concurrent request finds this row and answers with it instead of changing the licence again.
/// </summary>
public sealed class SanctionApplication
{
    public required string ProvinceCode { get; init; }
    public required string DecisionNumber { get; init; }
    public required string LicenceNumber { get; init; }
    public required LicenceAction Action { get; init; }
    public required DateOnly DecidedOn { get; init; }
    /// <summary>The licence's status once the decision was applied.</summary>
    public required LicenceStatus ResultingStatus { get; init; }
    public required DateTimeOffset AppliedAt { get; init; }
}
