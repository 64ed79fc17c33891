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
}
