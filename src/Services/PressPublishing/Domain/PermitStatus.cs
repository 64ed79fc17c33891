namespace GiaLaiIct.PressPublishing.Domain;

public enum PermitStatus
{
    /// <summary>Applied for, under appraisal (thẩm định), not issued yet.</summary>
    Applied,
    Issued,
    Suspended,
    Revoked,
    /// <summary>Past its expiry date; also recorded outright when a dataset says so.</summary>
    Expired,
}
