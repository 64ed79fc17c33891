using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Reporting.Domain;

/// <summary>The plan figure (kế hoạch) of an indicator for a unit and year, against which "% of plan" is measured.</summary>
public sealed class IndicatorTarget : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Indicator { get; init; }
    public required string UnitCode { get; init; }
    public required int Year { get; init; }
    /// <summary>Empty for the total over all categories.</summary>
    public required string Category { get; init; }
    public decimal Target { get; set; }
    public long Version { get; set; }
}
