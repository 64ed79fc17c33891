using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.ServiceDefaults.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Grpc;

internal static class OperatorChecks
{
    /// <summary>The operator code of a required field, when that operator is registered.</summary>
    public static async Task<string?> RequireOperatorAsync(PostsTelecomDbContext db, FieldViolations violations, string field, string? code, CancellationToken cancellationToken)
    {
        if (!violations.Required(field, code))
        {
            return null;
        }
        var trimmed = code!.Trim();
        if (!await db.Operators.AnyAsync(o => o.Code == trimmed, cancellationToken))
        {
            violations.Add(field, $"'{code}' is not a registered operator (see /api/v1/telecom-operators)");
            return null;
        }
        return trimmed;
    }

    /// <summary>As <see cref="RequireOperatorAsync"/> for a field that may be empty (null then).</summary>
    public static Task<string?> OptionalOperatorAsync(PostsTelecomDbContext db, FieldViolations violations, string field, string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? Task.FromResult<string?>(null) : RequireOperatorAsync(db, violations, field, code, cancellationToken);
}
