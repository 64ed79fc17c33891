using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>A licence or certificate of one of <see cref="LicenceType"/>, keyed by province and its number.</summary>
public sealed class TelecomLicence : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public required LicenceType Type { get; set; }
    public required string Holder { get; set; }
    public required string HolderFolded { get; set; }
    public required string UnitCode { get; set; }
    public required DateOnly IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>The status last recorded; <see cref="StatusOn"/> adds expiry by date.</summary>
    public required LicenceStatus Status { get; set; }
    public long Version { get; set; }

    /// <summary>The status on <paramref name="date"/>: an issued licence past its expiry date is expired.</summary>
    public LicenceStatus StatusOn(DateOnly date) =>
        Status == LicenceStatus.Issued && ExpiresOn is { } expiry && expiry < date ? LicenceStatus.Expired : Status;

    /// <summary>The status <paramref name="action"/> leads to from <paramref name="current"/>, or null when it does not apply.</summary>
    public static LicenceStatus? After(LicenceStatus current, LicenceAction action) => (current, action) switch
    {
        (LicenceStatus.Issued, LicenceAction.Suspend) => LicenceStatus.Suspended,
        (LicenceStatus.Suspended, LicenceAction.Reinstate) => LicenceStatus.Issued,
        (LicenceStatus.Issued or LicenceStatus.Suspended, LicenceAction.Revoke) => LicenceStatus.Revoked,
        _ => null,
    };
}
