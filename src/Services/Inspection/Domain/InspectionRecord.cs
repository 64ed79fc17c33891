using GiaLaiIct.ServiceDefaults.Data;

namespace GiaLaiIct.Inspection.Domain;

/// <summary>An inspection or check (cuộc thanh tra, kiểm tra), keyed by province and its id.</summary>
public sealed class InspectionRecord : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required InspectionKind Kind { get; set; }
    public required InspectionField Field { get; set; }
    public required InspectionLead Lead { get; set; }
    public required string UnitCode { get; set; }
    public required DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public required int Subjects { get; set; }
    public long Version { get; set; }
}
