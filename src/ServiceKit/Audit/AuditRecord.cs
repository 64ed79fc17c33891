namespace GiaLaiIct.ServiceKit.Audit;

/// <summary>A stored change of one entity: who, when, what, and its values before and after (JSON objects).</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public required string ClientId { get; set; }
    public required string Action { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    public string? ProvinceCode { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
}
