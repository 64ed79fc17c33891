using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Reporting.Domain;

/// <summary>
/// A figure submitted for an indicator, unit and period (statistics.csv, or written by an officer): an operator's
/// subscriber count, or a figure typed from a paper report for a code the registries would otherwise count.
/// </summary>
public sealed class StatisticValue : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Indicator { get; init; }
    public required string UnitCode { get; init; }
    public required string Period { get; init; }
    /// <summary>Empty for the total over all categories.</summary>
    public required string Category { get; init; }
    /// <summary>Exact as submitted; trailing zeros are not kept (120.50 is stored as 120.5).</summary>
    public decimal Value { get; set; }
    public long Version { get; set; }
}
