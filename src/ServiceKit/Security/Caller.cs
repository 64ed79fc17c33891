using System.Security.Claims;
using Grpc.Core;
using GiaLaiIct.Contracts.Security;

namespace GiaLaiIct.ServiceKit.Security;

/// <summary>Who makes a call and where they may act, as their access token says.</summary>
public sealed class Caller
{
    private Caller(string clientId, IReadOnlySet<string> roles, string? district, IReadOnlySet<string> provinces)
    {
        ClientId = clientId;
        Roles = roles;
        District = district;
        Provinces = provinces;
    }

    public string ClientId { get; }
    public IReadOnlySet<string> Roles { get; }
    /// <summary>The district of a district client; null for every other client.</summary>
    public string? District { get; }
    /// <summary>Provinces the caller may act in; empty means every province.</summary>
    public IReadOnlySet<string> Provinces { get; }

    public bool IsDistrictClient => Roles.Contains(Contracts.Security.Roles.District);

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirst(GiaLaiClaims.ClientId)?.Value ?? user.FindFirst(GiaLaiClaims.Subject)?.Value ?? "anonymous",
        user.FindAll(GiaLaiClaims.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal),
        user.FindFirst(GiaLaiClaims.District)?.Value,
        user.FindAll(GiaLaiClaims.Province).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal));

    public static Caller From(ServerCallContext context) => From(context.GetHttpContext().User);

    public bool MayActIn(string province) => Provinces.Count == 0 || Provinces.Contains(province);

    /// <summary>
    /// Throws PermissionDenied when a district client writes a unit outside its district. Other callers
    /// that reached a write have their right from their role already.
    /// </summary>
    /// <param name="unitCode">The unit written, for the message.</param>
    /// <param name="districtOfUnit">The district the unit is (or lies in); null for a province-level unit.</param>
    public void EnsureMayWriteUnit(string unitCode, string? districtOfUnit)
    {
        if (IsDistrictClient && !string.Equals(districtOfUnit, District, StringComparison.Ordinal))
        {
            throw new RpcException(new Status(
                StatusCode.PermissionDenied, $"Client {ClientId} writes only units of district {District}; unit {unitCode} is not one of them."));
        }
    }
}
