namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>One entry of a postal point's status history: from <see cref="EffectiveOn"/> the point had <see cref="Status"/>.</summary>
public sealed class PostalPointStatusChange
{
    public required string ProvinceCode { get; init; }
    public required string PointId { get; init; }
    /// <summary>1 for the status the point opened with, then one more for each change.</summary>
    public required int Sequence { get; init; }
    public required PostalPointStatus Status { get; init; }
    public required DateOnly EffectiveOn { get; init; }
}
