using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Http;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Http;

/// <summary>
/// GET /api/v1/provinces/{province}/indicators/{indicator}/values?unit=&amp;period=&amp;category= as the public contract
/// (API.md) fixes it: every field present, an absent figure as null.
/// </summary>
public static class IndicatorValueEndpoints
{
    public static IEndpointRouteBuilder MapIndicatorValueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/provinces/{province}/indicators/{indicator}/values", GetAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> GetAsync(
        string province, string indicator, string? unit, string? period, string? category, HttpContext context, IndicatorValueQuery values, CancellationToken cancellationToken)
    {
        if (ProvinceAccess.Refuse(context, province) is { } refused)
        {
            return refused;
        }
        try
        {
            var value = await values.GetAsync(
                new GetIndicatorValueRequest { Province = province, Indicator = indicator, Unit = unit ?? string.Empty, Period = period ?? string.Empty, Category = category ?? string.Empty },
                cancellationToken);
            return Results.Json(new
            {
                indicator = value.Indicator,
                unit = value.Unit,
                period = value.Period,
                category = value.Category,
                value = value.Value,
                display = value.Display,
                source = value.Source,
                target = value.Target,
                planPercent = value.PlanPercent,
                growthPercent = value.GrowthPercent,
                name = value.Name,
                measureUnit = value.MeasureUnit,
            });
        }
        catch (RpcException exception)
        {
            return GrpcStatusProblems.ToResult(exception);
        }
    }
}
