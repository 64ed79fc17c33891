using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// The one-stop system (Một cửa điện tử) put to use at a unit's desk on a day: a commune's or district's UBND, or
/// a provincial agency (then <see cref="AgencyCode"/> names it and the unit is the province). Keyed by province,
/// unit and agency (empty for the unit's own UBND).
/// </summary>
public sealed class OneStopDeployment : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string UnitCode { get; init; }
    public required string AgencyCode { get; init; }
    public required DateOnly DeployedOn { get; set; }
    public long Version { get; set; }
}
