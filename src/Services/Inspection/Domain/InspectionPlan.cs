using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Inspection.Domain;

/// <summary>A yearly inspection plan (kế hoạch thanh tra chuyên ngành năm …), keyed by province and year.</summary>
public sealed class InspectionPlan : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required int Year { get; init; }
    public required string Title { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public long Version { get; set; }
}
