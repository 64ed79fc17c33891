namespace GiaLaiIct.PostsTelecom.Grpc;

/// <summary>A sanction request's fields as sent, whichever contract carried them (telecom API or LicenceRegistry).</summary>
public sealed record SanctionFields(string Province, string DecisionNumber, string LicenceNumber, string Action, string DecidedOn);
