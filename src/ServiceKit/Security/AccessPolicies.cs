namespace GiaLaiIct.ServiceKit.Security;

/// <summary>
/// Authorization policies of a division service. Every endpoint without one of these needs a caller with
/// any known role (reading); health endpoints are anonymous.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Admin or the officer of the service's own division.</summary>
    public const string Write = "write";

    /// <summary>
    /// As <see cref="Write"/>, and district clients too; the method then checks that the unit written lies in
    /// the caller's district (<see cref="Caller.EnsureMayWriteUnit"/>).
    /// </summary>
    public const string WriteOrDistrict = "write-or-district";

    public const string Admin = "admin";

    /// <summary>Admin or an inspector: applies the effects of an inspection's decision in the owning service.</summary>
    public const string Sanction = "sanction";
}
