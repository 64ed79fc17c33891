namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>What a postal point states. A dataset carries no names: <see cref="Name"/> null keeps the stored one (a new point is named by its id).</summary>
public sealed record PostalPointFacts(
    string Province, string Id, string? Name, PostalPointKind Kind, string UnitCode, PostalPointStatus Status, DateOnly OpenedOn, string? OperatorCode);
