using GiaLaiIct.ServiceDefaults.Data;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>An online public service (DVCTT) of a provincial agency, keyed by province and service code.</summary>
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
    public required int Level { get; set; }
    public required DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public long Version { get; set; }
}
