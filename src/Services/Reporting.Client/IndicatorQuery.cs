using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Client;

/// <summary>A checked <see cref="ComputeIndicatorsRequest"/>: the province's units, the period, what to count and for which units.</summary>
public sealed record IndicatorQuery(
    string Province, ProvinceUnits AllUnits, ReportingPeriod Period, IReadOnlyList<CountedIndicator> Indicators, IReadOnlyList<UnitReference> Units)
{
    public bool Wants(string code) => Indicators.Any(i => i.Code == code);

    /// <summary>Checks a request against a service's catalogue; InvalidArgument naming each bad field, NotFound for an unknown province.</summary>
    public static async Task<IndicatorQuery> ResolveAsync(
        ComputeIndicatorsRequest request, IReadOnlyList<CountedIndicator> catalogue, UnitDirectory directory, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var period = violations.Period("period", request.Period);
        var unknown = request.Indicators.Where(code => catalogue.All(i => i.Code != code)).ToList();
        if (unknown.Count > 0)
        {
            violations.Add("indicators", $"not counted by this service: {string.Join(", ", unknown)} (it counts {string.Join(", ", catalogue.Select(i => i.Code))})");
        }
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var all = await directory.ListProvinceAsync(province, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Province {province} is not loaded."));
        var units = new List<UnitReference>();
        foreach (var code in request.Units.Count == 0 ? [province] : request.Units.Select(u => u.Trim()))
        {
            if (all.Find(code) is { } unit)
            {
                units.Add(unit);
            }
            else
            {
                violations.Add("units", $"'{code}' is not a unit of province {province}");
            }
        }
        violations.ThrowIfAny();

        var indicators = request.Indicators.Count == 0 ? catalogue : catalogue.Where(i => request.Indicators.Contains(i.Code)).ToList();
        return new IndicatorQuery(province, all, period!, indicators, units);
    }
}
