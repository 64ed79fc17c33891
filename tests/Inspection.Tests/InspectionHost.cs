extern alias reporting;
extern alias service;

using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>The Inspection service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class InspectionHost() : ServiceWithUnitsTestHost<service::Program, reporting::Program>("inspectiondb")
{
    public Inspections.InspectionsClient InspectionsClient() => new(CreateGrpcChannel());

    public SanctionDecisions.SanctionDecisionsClient SanctionsClient() => new(CreateGrpcChannel());

    public Complaints.ComplaintsClient ComplaintsClient() => new(CreateGrpcChannel());

    public DatasetPart.DatasetPartClient DatasetClient() => new(CreateGrpcChannel());

    public IndicatorSource.IndicatorSourceClient IndicatorsClient() => new(CreateGrpcChannel());
}
