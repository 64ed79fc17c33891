using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Inspection.Grpc;

internal static class SanctionMapping
{
    /// <param name="asOf">The Vietnam-time day compliance_overdue is answered for.</param>
    public static V1.SanctionDecision ToMessage(this SanctionDecision decision, LicenceEffect? effect, DateOnly asOf) => new()
    {
        Province = decision.ProvinceCode,
        Number = decision.Number,
        InspectionId = decision.InspectionId,
        Subject = decision.Subject,
        Violation = decision.Violation,
        FineVnd = decision.FineVnd,
        Confiscated = decision.Confiscated ?? string.Empty,
        RemedialMeasures = decision.RemedialMeasures ?? string.Empty,
        DecidedOn = decision.DecidedOn.ToWire(),
        Status = WireNames.ToWire(decision.Status),
        SettledOn = decision.SettledOn?.ToWire() ?? string.Empty,
        LicenceNumber = decision.LicenceNumber ?? string.Empty,
        LicenceAction = decision.LicenceAction is { } action ? WireNames.ToWire(action) : string.Empty,
        LicenceEffect = effect?.ToMessage(),
        Version = decision.Version,
        ComplyBy = decision.ComplyBy.ToWire(),
        ComplianceOverdue = decision.IsComplianceOverdueOn(asOf),
    };

    public static V1.LicenceEffect ToMessage(this LicenceEffect effect) => new()
    {
        State = WireNames.ToWire(effect.State),
        Owner = effect.Owner ?? string.Empty,
        Attempts = effect.Attempts,
        LastError = effect.State == LicenceEffectState.Pending ? effect.LastError ?? string.Empty : string.Empty,
        NextAttemptAt = effect.State == LicenceEffectState.Pending
            ? DateTimeOffset.FromUnixTimeMilliseconds(effect.NextAttemptAtMs).ToString("O", System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty,
        RefusalReason = effect.RefusalReason ?? string.Empty,
        ResultingStatus = effect.ResultingStatus ?? string.Empty,
        AppliedAt = effect.AppliedAt ?? string.Empty,
    };

    public static V1.ReferredCase ToMessage(this ReferredCase referral) => new()
    {
        Province = referral.ProvinceCode,
        Number = referral.Number,
        InspectionId = referral.InspectionId,
        Subject = referral.Subject,
        Violation = referral.Violation,
        ProposedFineVnd = referral.ProposedFineVnd,
        ReferredTo = referral.ReferredTo,
        ReferredOn = referral.ReferredOn.ToWire(),
        Version = referral.Version,
    };

    /// <summary>Whether two decisions say the same (a repeated create).</summary>
    public static bool SameAs(this SanctionDecision stored, SanctionDecision candidate) =>
        stored.InspectionId == candidate.InspectionId && stored.Subject == candidate.Subject && stored.Violation == candidate.Violation
        && stored.FineVnd == candidate.FineVnd && stored.Confiscated == candidate.Confiscated && stored.RemedialMeasures == candidate.RemedialMeasures
        && stored.DecidedOn == candidate.DecidedOn && stored.ComplyBy == candidate.ComplyBy && stored.LicenceNumber == candidate.LicenceNumber && stored.LicenceAction == candidate.LicenceAction;
}
