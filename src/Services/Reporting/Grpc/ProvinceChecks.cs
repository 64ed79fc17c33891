using GiaLaiIct.Reporting.Data;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>Whether the platform holds a province: it does once the province's own unit is stored (its units.csv was imported).</summary>
public static class ProvinceChecks
{
    public static Task<bool> HoldsProvinceAsync(this ReportingDbContext db, string province, CancellationToken cancellationToken) =>
        db.Units.AnyAsync(u => u.Code == province && u.ProvinceCode == province, cancellationToken);

    /// <summary>Records a problem against <c>province</c> for a write into a province the platform does not hold.</summary>
    public static async Task RequireLoadedProvinceAsync(this ReportingDbContext db, FieldViolations violations, string province, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(province) && !await db.HoldsProvinceAsync(province.Trim(), cancellationToken))
        {
            violations.Add("province", FieldViolations.ProvinceNotLoaded(province.Trim()));
        }
    }
}
