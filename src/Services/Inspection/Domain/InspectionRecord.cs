using GiaLaiIct.ServiceKit.Data;

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
    /// <summary>Subjects found in breach (vi phạm), sanctioned or not.</summary>
    public int Violations { get; set; }
    /// <summary>Of <see cref="Violations"/>, those dealt with by a reminder or correction only (nhắc nhở, chấn chỉnh), with no sanction.</summary>
    public int ViolationsWithoutSanction { get; set; }
    /// <summary>The conclusion (kết luận) it was closed with; null while open.</summary>
    public string? Conclusion { get; set; }
    /// <summary>The yearly plan item it carries out (year and number), when scheduled.</summary>
    public int? PlanYear { get; set; }
    public int? PlanItem { get; set; }
    public long Version { get; set; }

    public bool IsClosed => Conclusion is not null;

    /// <summary>The problem with the findings' counts, or null: they cannot exceed the subjects inspected.</summary>
    public static string? FindingsProblem(int subjects, int violations, int withoutSanction) =>
        violations > subjects ? $"{violations} violations among {subjects} subjects inspected"
        : withoutSanction > violations ? $"{withoutSanction} violations without sanction exceed the {violations} violations found"
        : null;

    /// <summary>Closes the inspection with its conclusion; the problem when it cannot be.</summary>
    public string? Close(DateOnly endedOn, string conclusion)
    {
        if (endedOn < StartedOn)
        {
            return $"{endedOn:yyyy-MM-dd} is before the start {StartedOn:yyyy-MM-dd}";
        }
        EndedOn = endedOn;
        Conclusion = conclusion;
        return null;
    }
}
