using GiaLaiIct.ServiceKit.Security;

namespace GiaLaiIct.Reporting.Http;

/// <summary>The province check the gRPC interceptor makes, for Reporting's plain HTTP routes.</summary>
public static class ProvinceAccess
{
    public static IResult? Refuse(HttpContext context, string province) =>
        Caller.From(context.User).MayActIn(province)
            ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"Your client may not act in province {province}.");
}
