using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>A base transceiver station (trạm BTS) or a base station controller (BSC) of an operator, in a commune.</summary>
public sealed class BtsStation : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required StationKind Kind { get; set; }
    /// <summary>Site name as the operator calls it; the id when none was given.</summary>
    public required string Name { get; set; }
    public required string NameFolded { get; set; }
    public required string OperatorCode { get; set; }
    public required string UnitCode { get; set; }
    public required RadioTechnology Technology { get; set; }
    public required DateOnly InServiceFrom { get; set; }
    public DateOnly? InServiceTo { get; set; }
    public long Version { get; set; }

    /// <summary>In service on <paramref name="date"/>: started on or before it and not yet taken out of service.</summary>
    public bool InServiceOn(DateOnly date) => InServiceFrom <= date && (InServiceTo is not { } to || to > date);

    /// <summary>Why the service period is not one, or null; the message names the start as <paramref name="fromField"/>.</summary>
    public static string? PeriodProblem(DateOnly? from, DateOnly? to, string fromField) =>
        from is { } start && to is { } end && end <= start ? $"'{end.Iso()}' must be after {fromField} ({start.Iso()})" : null;

    public static BtsStation Record(StationFacts facts)
    {
        var name = facts.Name ?? facts.Id;
        return new BtsStation
        {
            ProvinceCode = facts.Province,
            Id = facts.Id,
            Kind = facts.Kind,
            Name = name,
            NameFolded = VietnameseText.Fold(name),
            OperatorCode = facts.OperatorCode,
            UnitCode = facts.UnitCode,
            Technology = facts.Technology,
            InServiceFrom = facts.InServiceFrom,
            InServiceTo = facts.InServiceTo,
        };
    }

    public bool Says(StationFacts facts) =>
        Kind == facts.Kind && (facts.Name is null || Name == facts.Name) && OperatorCode == facts.OperatorCode && UnitCode == facts.UnitCode
        && Technology == facts.Technology && InServiceFrom == facts.InServiceFrom && InServiceTo == facts.InServiceTo;

    /// <summary>Takes what <paramref name="facts"/> state; whether any of it differed.</summary>
    public bool Take(StationFacts facts)
    {
        if (Says(facts))
        {
            return false;
        }
        Kind = facts.Kind;
        if (facts.Name is { } name)
        {
            Name = name;
            NameFolded = VietnameseText.Fold(name);
        }
        OperatorCode = facts.OperatorCode;
        UnitCode = facts.UnitCode;
        Technology = facts.Technology;
        InServiceFrom = facts.InServiceFrom;
        InServiceTo = facts.InServiceTo;
        return true;
    }
}
