using GiaLaiIct.Reporting.Data;
using Grpc.Core;
using Grpc.Net.ClientFactory;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>Opens an <see cref="IndicatorEvaluator"/> over a province's current data, for one request.</summary>
public sealed class IndicatorEvaluatorFactory(ReportingDbContext db, IndicatorCatalogue catalogue, GrpcClientFactory clients)
{
    public async Task<IndicatorEvaluator> OpenAsync(string province, CancellationToken cancellationToken)
    {
        var snapshot = await ProvinceSnapshot.LoadAsync(db, province, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Province {province} is not loaded."));
        return new IndicatorEvaluator(catalogue, snapshot, new RegistryCounts(clients));
    }
}
