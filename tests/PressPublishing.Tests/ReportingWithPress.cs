extern alias reporting;
extern alias service;

using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>
/// The Reporting service and the Press &amp; Publishing service in process, calling each other over gRPC as in
/// production: Reporting sends press its dataset files and asks it for counts; press checks units with Reporting.
/// The other divisions are answered by Reporting itself, which implements neither contract (they take no files).
/// </summary>
internal sealed class ReportingWithPress : IDisposable
{
    public ReportingWithPress()
    {
        Reporting = new ServiceTestHost<reporting::Program>("reportingdb");
        Press = new ServiceTestHost<service::Program>("pressdb");
        Press.RouteGrpcClient<service::Program, AdministrativeUnits.AdministrativeUnitsClient>("reporting", () => Reporting.Server.CreateHandler());
        Reporting.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>("press", () => Press.Server.CreateHandler());
        Reporting.RouteNamedGrpcClient<reporting::Program, DatasetPart.DatasetPartClient>("press", () => Press.Server.CreateHandler());
        foreach (var division in new[] { "telecom", "it", "inspection" })
        {
            Reporting.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>(division, () => Reporting.Server.CreateHandler());
            Reporting.RouteNamedGrpcClient<reporting::Program, DatasetPart.DatasetPartClient>(division, () => Reporting.Server.CreateHandler());
        }
    }

    public ServiceTestHost<reporting::Program> Reporting { get; }

    public ServiceTestHost<service::Program> Press { get; }

    public void Dispose()
    {
        Reporting.Dispose();
        Press.Dispose();
    }
}
