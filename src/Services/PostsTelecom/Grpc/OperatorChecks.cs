using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Grpc;

internal static class OperatorChecks
{
    /// <summary>Every registered operator, matched by code or common name (a short national list: read whole).</summary>
    public static async Task<EnumeratedValues<string>> OperatorsAsync(PostsTelecomDbContext db, CancellationToken cancellationToken) =>
        OperatorNames.Matcher(await db.Operators.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The operator code of a required field (a code or a common name), when that operator is registered.</summary>
    public static async Task<string?> RequireOperatorAsync(PostsTelecomDbContext db, FieldViolations violations, string field, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            violations.Required(field, code);
            return null;
        }
        var (matched, found) = violations.Match(field, code, await OperatorsAsync(db, cancellationToken));
        return found ? matched : null;
    }

    /// <summary>As <see cref="RequireOperatorAsync"/> for a field that may be empty (null then).</summary>
    public static Task<string?> OptionalOperatorAsync(PostsTelecomDbContext db, FieldViolations violations, string field, string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? Task.FromResult<string?>(null) : RequireOperatorAsync(db, violations, field, code, cancellationToken);
}
