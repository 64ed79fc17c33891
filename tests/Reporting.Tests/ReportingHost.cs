extern alias service;

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
    }

    public AdministrativeUnits.AdministrativeUnitsClient UnitsClient() => new(CreateGrpcChannel());

    public AdministrativeUnits.AdministrativeUnitsClient UnitsClient(TestCaller? caller) => new(CreateGrpcChannel(caller));
}
