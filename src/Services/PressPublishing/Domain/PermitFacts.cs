namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>What a permit states, checked field by field by the API or an import before the permit takes it.</summary>
public sealed record PermitFacts(
    string Province, string Number, PermitType Type, string Holder, string UnitCode, DateOnly? AppliedOn, DateOnly? IssuedOn, DateOnly? ExpiresOn);
