using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// The e-government figures a unit (the province, a district or a commune) reported for one period, keyed by province,
/// unit and period (see <see cref="IRecordedPeriod"/>).
/// </summary>
public sealed class EGovernmentRecord : IVersioned, IRecordedPeriod
{
    public required string ProvinceCode { get; init; }
    public required string UnitCode { get; init; }
    public required string Period { get; init; }
    public required int Year { get; init; }
    public required int FirstMonth { get; init; }
    public required int LastMonth { get; init; }
    public required EGovernmentFigures Figures { get; set; }
    public long Version { get; set; }
}
