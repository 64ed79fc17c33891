namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>What a licence states, checked field by field by the API or an import before the licence takes it.</summary>
public sealed record LicenceFacts(
    string Province, string Number, LicenceType Type, string Holder, string UnitCode, DateOnly IssuedOn, DateOnly? ExpiresOn);
