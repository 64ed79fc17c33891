extern alias reporting;
extern alias service;

using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Licences.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PostsTelecom.Tests;

/// <summary>The Posts &amp; Telecom service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class TelecomHost() : ServiceWithUnitsTestHost<service::Program, reporting::Program>("telecomdb")
{
    public PostalServicePoints.PostalServicePointsClient PointsClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public BtsStations.BtsStationsClient StationsClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public TelecomLicences.TelecomLicencesClient LicencesClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public TelecomOperators.TelecomOperatorsClient OperatorsClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public BcciDossiers.BcciDossiersClient BcciClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public LicenceRegistry.LicenceRegistryClient RegistryClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public IndicatorSource.IndicatorSourceClient IndicatorsClient() => new(CreateGrpcChannel());
}
