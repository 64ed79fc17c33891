using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Inspection.Domain;

/// <summary>
/// A case whose file an inspection sent to the authority competent to decide the sanction (hồ sơ chuyển cơ quan có
/// thẩm quyền ban hành quyết định xử phạt), as district offices do: not a decision of this department, so kept
/// apart from <see cref="SanctionDecision"/> and counted on its own.
/// </summary>
public sealed class ReferredCase : IVersioned
{
    public required string ProvinceCode { get; init; }
    /// <summary>The file's number.</summary>
    public required string Number { get; init; }
    public required string InspectionId { get; set; }
    public required string Subject { get; set; }
    public required string SubjectFolded { get; set; }
    public required string Violation { get; set; }
    /// <summary>The fine the file proposes.</summary>
    public required long ProposedFineVnd { get; set; }
    public required string ReferredTo { get; set; }
    public required DateOnly ReferredOn { get; set; }
    public long Version { get; set; }
}
