namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>One entry of a service's level history: from <see cref="EffectiveOn"/> the service was at <see cref="Level"/>.</summary>
public sealed class OnlineServiceLevelChange
{
    public required string ProvinceCode { get; init; }
    public required string ServiceCode { get; init; }
    /// <summary>1 for the level the service started with, then one more for each change.</summary>
    public required int Sequence { get; init; }
    public required int Level { get; init; }
    public required DateOnly EffectiveOn { get; init; }
}
