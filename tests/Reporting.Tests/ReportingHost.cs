extern alias service;

using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Licences.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Reporting.Tests;

internal sealed class ReportingHost : ServiceTestHost<service::Program>
{
    public ReportingHost(string? cacheConnectionString = null)
        : base("reportingdb")
    {
        if (cacheConnectionString is not null)
        {
            WithSetting("ConnectionStrings:cache", cacheConnectionString);
        }
        // The divisions' contracts are answered by this host, which implements neither: each division then
        // behaves as one that counts nothing and imports no file yet, so Reporting's own behaviour is what is tested.
        foreach (var division in new[] { "telecom", "it", "press", "inspection" })
        {
            this.RouteNamedGrpcClient<service::Program, IndicatorSource.IndicatorSourceClient>(division, () => Server.CreateHandler());
            this.RouteNamedGrpcClient<service::Program, DatasetPart.DatasetPartClient>(division, () => Server.CreateHandler());
            this.RouteNamedGrpcClient<service::Program, LicenceRegistry.LicenceRegistryClient>(division, () => Server.CreateHandler());
        }
        this.RouteGrpcClient<service::Program, service::GiaLaiIct.Inspection.V1.Complaints.ComplaintsClient>("inspection", () => Server.CreateHandler());
    }

    public AdministrativeUnits.AdministrativeUnitsClient UnitsClient() => new(CreateGrpcChannel());

    public AdministrativeUnits.AdministrativeUnitsClient UnitsClient(TestCaller? caller) => new(CreateGrpcChannel(caller));
}
