using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Net.ClientFactory;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// Registry counts asked of the owning services (the shared IndicatorSource contract) during one request. Each
/// service is asked once per period for a unit and its direct children, which is what a value and its
/// breakdown need. A service that does not implement the contract yet counts nothing: its indicators then fall
/// back to reported figures. A service that is down fails the request: a figure is never guessed.
/// </summary>
public sealed class RegistryCounts(GrpcClientFactory clients)
{
    private readonly Dictionary<(string Service, string Period, string Unit), Dictionary<(string Indicator, string Category), long>> _counts = [];
    private readonly Dictionary<(string Service, string Period), HashSet<string>> _withData = [];
    private readonly HashSet<string> _notCounting = [];

    /// <summary>
    /// The count, or null when the service does not count the indicator or its registry holds no rows of the
    /// province ("no data").
    /// </summary>
    public async ValueTask<long?> CountAsync(
        IndicatorDefinition indicator, ProvinceSnapshot province, string unit, ReportingPeriod period, string category, CancellationToken cancellationToken)
    {
        var service = indicator.Owner;
        if (_notCounting.Contains(service))
        {
            return null;
        }
        if (_withData.TryGetValue((service, period.Code), out var withData) && !withData.Contains(indicator.Code))
        {
            return null;
        }
        if (!_counts.TryGetValue((service, period.Code, unit), out var values))
        {
            if (!await FetchAsync(service, province, unit, period, cancellationToken))
            {
                return null;
            }
            values = _counts[(service, period.Code, unit)];
        }
        if (!_withData[(service, period.Code)].Contains(indicator.Code))
        {
            return null;
        }
        return values.TryGetValue((indicator.Code, category), out var count) ? count : 0;
    }

    private async Task<bool> FetchAsync(string service, ProvinceSnapshot province, string unit, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var units = province.Children(unit).Select(u => u.Code).Prepend(unit).ToList();
        ComputeIndicatorsResponse response;
        try
        {
            var client = clients.CreateClient<IndicatorSource.IndicatorSourceClient>(GrpcClientExtensions.ClientName<IndicatorSource.IndicatorSourceClient>(service));
            response = await client.ComputeIndicatorsAsync(
                new ComputeIndicatorsRequest { Province = province.Province.Code, Period = period.Code, Units = { units } },
                cancellationToken: cancellationToken);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            _notCounting.Add(service);
            return false;
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(
                StatusCode.Unavailable, $"The {Platform.DisplayName(service)} service, which counts these figures, cannot be reached: {exception.Status.Detail}"));
        }

        if (!_withData.TryGetValue((service, period.Code), out var withData))
        {
            _withData[(service, period.Code)] = withData = [];
        }
        foreach (var code in units)
        {
            _counts.TryAdd((service, period.Code, code), []);
        }
        foreach (var value in response.Values)
        {
            if (value.HasData)
            {
                withData.Add(value.Indicator);
            }
            if (_counts.TryGetValue((service, period.Code, value.Unit), out var values))
            {
                values[(value.Indicator, value.Category)] = value.Value;
            }
        }
        return true;
    }
}
