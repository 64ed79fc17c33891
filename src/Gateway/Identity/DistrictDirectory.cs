using GiaLaiIct.Reporting.V1;
using Grpc.Core;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>Finds a district among the loaded provinces (Reporting owns them); used for <c>district-&lt;code&gt;</c> clients.</summary>
public sealed class DistrictDirectory(AdministrativeUnits.AdministrativeUnitsClient units, GatewayServiceToken serviceToken)
{
    /// <summary>The province code of the district, or null when no loaded province has it.</summary>
    public async Task<string?> FindProvinceOfDistrictAsync(string districtCode, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "authorization", serviceToken.AuthorizationValue } };
        var provinces = await units.ListProvincesAsync(new ListProvincesRequest(), headers, cancellationToken: cancellationToken);
        foreach (var province in provinces.Provinces)
        {
            try
            {
                var unit = await units.GetUnitAsync(new GetUnitRequest { Province = province.Code, Code = districtCode }, headers, cancellationToken: cancellationToken);
                if (unit.Level == "district")
                {
                    return province.Code;
                }
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
            {
                // Not in this province; try the next.
            }
        }
        return null;
    }
}
