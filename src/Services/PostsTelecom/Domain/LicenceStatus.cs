namespace GiaLaiIct.PostsTelecom.Domain;

public enum LicenceStatus
{
    Issued,
    Suspended,
    Revoked,
    /// <summary>Past its expiry date; also recorded outright when a dataset says so.</summary>
    Expired,
}
