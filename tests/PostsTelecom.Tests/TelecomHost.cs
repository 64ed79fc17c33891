extern alias reporting;
extern alias service;

using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PostsTelecom.Tests;

/// <summary>The Posts &amp; Telecom service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class TelecomHost() : ServiceWithUnitsTestHost<service::Program, reporting::Program>("telecomdb")
{
    public PostalServicePoints.PostalServicePointsClient PointsClient() => new(CreateGrpcChannel());

    public PostalServicePoints.PostalServicePointsClient PointsClient(TestCaller? caller) => new(CreateGrpcChannel(caller));
}
