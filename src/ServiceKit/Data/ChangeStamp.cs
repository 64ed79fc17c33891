using System.Globalization;
using GiaLaiIct.ServiceKit.Audit;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Data;

/// <summary>
/// A database's own change stamp: the last audit record's id. Every save writes its audit records in the same
/// transaction as the change (<see cref="AuditingInterceptor"/>), and ids only grow, so the stamp moves on with
/// every committed change, lives with the data it describes and cannot go back while the data does not.
/// </summary>
public static class ChangeStamp
{
    public static async Task<string> ReadChangeStampAsync(this DbContext db, CancellationToken cancellationToken)
    {
        var last = await db.Set<AuditRecord>().MaxAsync(record => (long?)record.Id, cancellationToken);
        return (last ?? 0).ToString(CultureInfo.InvariantCulture);
    }
}
