namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>What a station states. A dataset carries no names: <see cref="Name"/> null keeps the stored one (a new station is named by its id).</summary>
public sealed record StationFacts(
    string Province, string Id, StationKind Kind, string? Name, string OperatorCode, string UnitCode, RadioTechnology Technology, DateOnly InServiceFrom, DateOnly? InServiceTo);
