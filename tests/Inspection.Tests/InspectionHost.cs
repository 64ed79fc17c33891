extern alias reporting;
extern alias service;

using GiaLaiIct.Inspection.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>The Inspection service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class InspectionHost() : ServiceWithUnitsTestHost<service::Program, reporting::Program>("inspectiondb")
{
    public Inspections.InspectionsClient InspectionsClient() => new(CreateGrpcChannel());
}
