using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>A postal service point, keyed by province and the department's point id.</summary>
public sealed class PostalServicePoint : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string NameFolded { get; set; }
    public required PostalPointKind Kind { get; set; }
    public required string UnitCode { get; set; }
    public required PostalPointStatus Status { get; set; }
    public required DateOnly OpenedOn { get; set; }
    /// <summary>Code of the operator running the point (<see cref="TelecomOperator"/>), when known.</summary>
    public string? OperatorCode { get; set; }
    public long Version { get; set; }
}
