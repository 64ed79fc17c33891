using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>A legal-deposit check (kiểm tra lưu chiểu) of one publication: when, what, and what was found.</summary>
public sealed class DepositCheck : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required DateOnly CheckedOn { get; set; }
    public required string Title { get; set; }
    public required string TitleFolded { get; set; }
    public required DepositCheckResult Result { get; set; }
    /// <summary>Violations found; zero for a compliant publication.</summary>
    public int ViolationsFound { get; set; }
    public long Version { get; set; }
}
