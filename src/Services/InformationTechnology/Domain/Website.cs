using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>A website or portal of the province, keyed by province and domain; a .gov.vn domain is a grant of the department.</summary>
public sealed class Website : IVersioned, IRecordValues<Website>
{
    public const string GovernmentSuffix = ".gov.vn";

    public required string ProvinceCode { get; init; }
    public required string Domain { get; init; }
    public required WebsiteOwnerKind OwnerKind { get; set; }
    public required string OwnerName { get; set; }
    public required string OwnerNameFolded { get; set; }
    public required DateOnly RegisteredOn { get; set; }
    /// <summary>The owner's unit; the province when not given.</summary>
    public required string UnitCode { get; set; }
    /// <summary>The day the site stopped; null while it runs.</summary>
    public DateOnly? ClosedOn { get; set; }
    public bool IsGovernmentDomain { get; set; }
    public long Version { get; set; }

    /// <summary>Domains are kept lower-case, without a scheme or trailing dot.</summary>
    public static string NormalizeDomain(string domain) => domain.Trim().TrimEnd('.').ToLowerInvariant();

    /// <summary>Why the text is not a domain name, or null when it is one.</summary>
    public static string? DomainProblem(string domain)
    {
        if (domain.Length is 0 or > 253 || domain.Contains("://", StringComparison.Ordinal))
        {
            return $"'{domain}' is not a domain name (e.g. sotttt.gialai.gov.vn)";
        }
        var labels = domain.Split('.');
        return labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || l[0] == '-' || l[^1] == '-')
            ? $"'{domain}' is not a domain name (e.g. sotttt.gialai.gov.vn)"
            : null;
    }

    public static bool IsGovernment(string domain) => domain.EndsWith(GovernmentSuffix, StringComparison.Ordinal);

    public bool Says(Website candidate) =>
        OwnerKind == candidate.OwnerKind && OwnerName == candidate.OwnerName && RegisteredOn == candidate.RegisteredOn && UnitCode == candidate.UnitCode && ClosedOn == candidate.ClosedOn;

    public bool Take(Website candidate)
    {
        if (Says(candidate))
        {
            return false;
        }
        OwnerKind = candidate.OwnerKind;
        OwnerName = candidate.OwnerName;
        OwnerNameFolded = candidate.OwnerNameFolded;
        RegisteredOn = candidate.RegisteredOn;
        UnitCode = candidate.UnitCode;
        ClosedOn = candidate.ClosedOn;
        return true;
    }
}
