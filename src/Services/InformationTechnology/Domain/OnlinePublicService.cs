using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// An online public service (DVCTT) of an agency, keyed by province and service code. Its level may rise over
/// time: <see cref="Level"/> is the current one, the history (<see cref="OnlineServiceLevelChange"/>) says which
/// level held on any day. The service is offered from <see cref="EffectiveFrom"/> until <see cref="EffectiveTo"/>
/// (retired from that day on).
/// </summary>
public sealed class OnlinePublicService : IVersioned
{
    public const int MinLevel = 1;
    public const int MaxLevel = 4;

    public required string ProvinceCode { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameFolded { get; set; }
    public required string AgencyCode { get; set; }
    public required string AgencyName { get; set; }
    /// <summary>The unit whose figures count the service: its agency's unit (the province for a sở).</summary>
    public string UnitCode { get; set; } = string.Empty;
    public required int Level { get; set; }
    public required DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public long Version { get; set; }

    /// <summary>Whether the service is offered on <paramref name="day"/>.</summary>
    public static bool OfferedOn(DateOnly effectiveFrom, DateOnly? effectiveTo, DateOnly day) =>
        effectiveFrom <= day && (effectiveTo is null || effectiveTo > day);

    /// <summary>
    /// Takes <paramref name="level"/> from <paramref name="effectiveOn"/>: answers the history entry to add, or null
    /// when the level is unchanged. A change may not precede the service's start or its last recorded change.
    /// </summary>
    public OnlineServiceLevelChange? ChangeLevel(int level, DateOnly effectiveOn, OnlineServiceLevelChange? lastChange, out string? problem)
    {
        problem = null;
        if (level == Level)
        {
            return null;
        }
        var notBefore = lastChange is null || lastChange.EffectiveOn < EffectiveFrom ? EffectiveFrom : lastChange.EffectiveOn;
        if (effectiveOn < notBefore)
        {
            problem = $"'{effectiveOn:yyyy-MM-dd}' is before the service started or its last level change ({notBefore:yyyy-MM-dd})";
            return null;
        }
        Level = level;
        return new OnlineServiceLevelChange
        {
            ProvinceCode = ProvinceCode, ServiceCode = Code, Sequence = (lastChange?.Sequence ?? 0) + 1, Level = level, EffectiveOn = effectiveOn,
        };
    }

    /// <summary>The first entry of a new service's history: its level from the day it started.</summary>
    public OnlineServiceLevelChange FirstLevel() =>
        new() { ProvinceCode = ProvinceCode, ServiceCode = Code, Sequence = 1, Level = Level, EffectiveOn = EffectiveFrom };
}
