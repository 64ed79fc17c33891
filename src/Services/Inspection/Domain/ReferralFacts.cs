namespace GiaLaiIct.Inspection.Domain;

/// <summary>What a referred case's file states, as a client or a dataset row gives it.</summary>
public sealed record ReferralFacts(
    string InspectionId, string Subject, string Violation, long ProposedFineVnd, string ReferredTo, DateOnly ReferredOn);
