using GiaLaiIct.ServiceDefaults.Data;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>A press organisation of a province, keyed by its official name (NFC).</summary>
public sealed class PressOrganisation : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Name { get; init; }
    public required string NameFolded { get; set; }
    public required PressOrganisationKind Kind { get; set; }
    public long Version { get; set; }
}
