namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>A change of a licence's status: suspend (đình chỉ), reinstate after a suspension, revoke (thu hồi).</summary>
public enum LicenceAction
{
    Suspend,
    Reinstate,
    Revoke,
}
