using GiaLaiIct.Contracts.Text;
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

    public static ReferredCase Record(string province, string number, ReferralFacts facts) => new()
    {
        ProvinceCode = province,
        Number = number,
        InspectionId = facts.InspectionId,
        Subject = facts.Subject,
        SubjectFolded = VietnameseText.Fold(facts.Subject),
        Violation = facts.Violation,
        ProposedFineVnd = facts.ProposedFineVnd,
        ReferredTo = facts.ReferredTo,
        ReferredOn = facts.ReferredOn,
    };

    public ReferralFacts Facts => new(InspectionId, Subject, Violation, ProposedFineVnd, ReferredTo, ReferredOn);

    public bool Says(ReferralFacts facts) => Facts == facts;

    /// <summary>Takes what <paramref name="facts"/> state; whether any of it differed.</summary>
    public bool Take(ReferralFacts facts)
    {
        if (Says(facts))
        {
            return false;
        }
        InspectionId = facts.InspectionId;
        Subject = facts.Subject;
        SubjectFolded = VietnameseText.Fold(facts.Subject);
        Violation = facts.Violation;
        ProposedFineVnd = facts.ProposedFineVnd;
        ReferredTo = facts.ReferredTo;
        ReferredOn = facts.ReferredOn;
        return true;
    }
}
