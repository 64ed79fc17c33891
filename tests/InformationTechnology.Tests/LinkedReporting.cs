extern alias reporting;
extern alias service;

using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.InformationTechnology.Tests;

/// <summary>
/// The Reporting and IT services in process, wired both ways over their real gRPC contracts: Reporting asks IT for
/// its counts and sends it its dataset files; IT checks unit codes with Reporting. The other divisions' contracts
/// are answered by the Reporting host, which implements neither (they count nothing and import no file).
/// </summary>
internal sealed class LinkedReporting : IDisposable
{
    public LinkedReporting()
    {
        It = new ServiceTestHost<service::Program>("itdb");
        Reporting = new ServiceTestHost<reporting::Program>("reportingdb");
        It.RouteGrpcClient<service::Program, AdministrativeUnits.AdministrativeUnitsClient>("reporting", () => Reporting.Server.CreateHandler());
        Reporting.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>("it", () => It.Server.CreateHandler());
        Reporting.RouteNamedGrpcClient<reporting::Program, DatasetPart.DatasetPartClient>("it", () => It.Server.CreateHandler());
        foreach (var division in new[] { "telecom", "press", "inspection" })
        {
            Reporting.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>(division, () => Reporting.Server.CreateHandler());
            Reporting.RouteNamedGrpcClient<reporting::Program, DatasetPart.DatasetPartClient>(division, () => Reporting.Server.CreateHandler());
        }
    }

    public ServiceTestHost<service::Program> It { get; }

    public ServiceTestHost<reporting::Program> Reporting { get; }

    public void Dispose()
    {
        Reporting.Dispose();
        It.Dispose();
    }
}
