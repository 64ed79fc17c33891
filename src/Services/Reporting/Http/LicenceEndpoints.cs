using GiaLaiIct.Reporting.Licences;
using GiaLaiIct.ServiceKit.Http;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Http;

/// <summary>
/// GET /api/v1/provinces/{province}/licences/{number}: any licence, whichever service issued it, in the shape
/// API.md fixes. The number is the rest of the path, since licence numbers carry slashes (12/GCN-STTTT).
/// </summary>
public static class LicenceEndpoints
{
    public static IEndpointRouteBuilder MapLicenceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/provinces/{province}/licences/{**number}", GetAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> GetAsync(string province, string? number, HttpContext context, LicenceLookup lookup, CancellationToken cancellationToken)
    {
        if (ProvinceAccess.Refuse(context, province) is { } refused)
        {
            return refused;
        }
        try
        {
            // The server decodes every escape of the path but %2F: a number sent with its slashes escaped is the same number.
            var wanted = (number ?? string.Empty).Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
            var licence = await lookup.FindAsync(province, wanted, cancellationToken);
            return Results.Json(new
            {
                number = licence.Number,
                type = licence.Type,
                holder = licence.Holder,
                unit = licence.Unit,
                status = licence.Status,
                issuedOn = NullIfEmpty(licence.IssuedOn),
                expiresOn = NullIfEmpty(licence.ExpiresOn),
            });
        }
        catch (RpcException exception)
        {
            return GrpcStatusProblems.ToResult(exception);
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
