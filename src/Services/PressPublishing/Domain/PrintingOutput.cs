using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>What one printing or distribution facility produced in one period, against plan: pages printed and revenue.</summary>
public sealed class PrintingOutput : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Facility { get; init; }
    public required string FacilityFolded { get; set; }
    public required string Period { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required string UnitCode { get; set; }
    public required long Pages { get; set; }
    public long? PlanPages { get; set; }
    /// <summary>VND.</summary>
    public required long RevenueVnd { get; set; }
    public long? PlanRevenueVnd { get; set; }
    public long Version { get; set; }
}
