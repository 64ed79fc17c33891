extern alias reporting;
extern alias service;

using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PostsTelecom.Tests;

/// <summary>The Posts &amp; Telecom service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class TelecomHost : ServiceTestHost<service::Program>
{
    private readonly ServiceTestHost<reporting::Program> _reporting = new("reportingdb");

    public TelecomHost()
        : base("telecomdb")
    {
        this.RouteGrpcClient<service::Program, AdministrativeUnits.AdministrativeUnitsClient>("reporting", () => _reporting.Server.CreateHandler());
    }

    public PostalServicePoints.PostalServicePointsClient PointsClient() => new(CreateGrpcChannel());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _reporting.Dispose();
        }
    }
}
