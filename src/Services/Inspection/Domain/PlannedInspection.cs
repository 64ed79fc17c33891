using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Inspection.Domain;

/// <summary>One inspection a yearly plan foresees, numbered inside the plan; carried out by an inspection naming it.</summary>
public sealed class PlannedInspection : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required int Year { get; init; }
    public required int Item { get; init; }
    public required InspectionField Field { get; set; }
    public required InspectionLead Lead { get; set; }
    /// <summary>Who or what is to be inspected, in words.</summary>
    public required string Subject { get; set; }
    /// <summary>The quarter it is planned for, 1–4; null for the whole year.</summary>
    public int? Quarter { get; set; }
    public long Version { get; set; }
}
