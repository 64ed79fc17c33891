using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.InformationTechnology.Grpc;

/// <summary>Unit fields of IT requests: many rows sit at the province itself when no unit is named.</summary>
internal static class UnitFields
{
    /// <summary>The unit named by <paramref name="field"/>, or the province when it is empty; null (with a violation) when unknown.</summary>
    public static async Task<UnitReference?> UnitOrProvinceAsync(
        this UnitDirectory units, FieldViolations violations, string field, string province, string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(province))
        {
            return null;
        }
        var wanted = string.IsNullOrWhiteSpace(code) ? province : code;
        return await units.RequireUnitAsync(violations, field, province, wanted, communeOnly: false, cancellationToken);
    }
}
