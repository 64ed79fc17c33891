using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>An information-security incident, keyed by province and id; times are Vietnam local time.</summary>
public sealed class SecurityIncident : IVersioned, IRecordValues<SecurityIncident>
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required IncidentType Type { get; set; }
    public required DateTime DetectedAt { get; set; }
    /// <summary>When it was handled (xử lý xong); null while open.</summary>
    public DateTime? HandledAt { get; set; }
    /// <summary>The unit hit; the province when the file or request names none.</summary>
    public required string UnitCode { get; set; }
    public string? Description { get; set; }
    public long Version { get; set; }

    /// <summary>Why handling cannot precede detection, or null when the times are in order.</summary>
    public static string? TimesProblem(DateTime detectedAt, DateTime? handledAt) =>
        handledAt is { } handled && handled < detectedAt
            ? $"'{handled:yyyy-MM-dd HH:mm}' is before the incident was detected ({detectedAt:yyyy-MM-dd HH:mm})"
            : null;

    public bool Says(SecurityIncident candidate) =>
        Type == candidate.Type && DetectedAt == candidate.DetectedAt && HandledAt == candidate.HandledAt && UnitCode == candidate.UnitCode && Description == candidate.Description;

    public bool Take(SecurityIncident candidate)
    {
        if (Says(candidate))
        {
            return false;
        }
        Type = candidate.Type;
        DetectedAt = candidate.DetectedAt;
        HandledAt = candidate.HandledAt;
        UnitCode = candidate.UnitCode;
        Description = candidate.Description;
        return true;
    }
}
