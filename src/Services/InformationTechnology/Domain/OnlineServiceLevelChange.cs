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

    /// <summary>The level each service had on <paramref name="day"/>: the last of its entries effective by then.</summary>
    public static Dictionary<string, int> LevelsOn(IEnumerable<OnlineServiceLevelChange> history, DateOnly day) =>
        history.Where(c => c.EffectiveOn <= day)
            .GroupBy(c => c.ServiceCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Sequence)!.Level, StringComparer.Ordinal);
}
