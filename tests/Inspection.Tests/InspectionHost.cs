extern alias reporting;
extern alias service;

using GiaLaiIct.Inspection.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>The Inspection service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class InspectionHost : ServiceTestHost<service::Program>
{
    private readonly ServiceTestHost<reporting::Program> _reporting = new("reportingdb");

    public InspectionHost()
        : base("inspectiondb")
    {
        this.RouteGrpcClient<service::Program, AdministrativeUnits.AdministrativeUnitsClient>("reporting", () => _reporting.Server.CreateHandler());
    }

    public Inspections.InspectionsClient InspectionsClient() => new(CreateGrpcChannel());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _reporting.Dispose();
        }
    }
}
