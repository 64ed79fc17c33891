extern alias reporting;
extern alias service;

using System.Text;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.TestSupport;
using Google.Protobuf;

namespace GiaLaiIct.InformationTechnology.Tests;

/// <summary>The IT service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class ItHost() : ServiceWithUnitsTestHost<service::Program, reporting::Program>("itdb")
{
    public const string GiaLai = "64";

    public Agencies.AgenciesClient AgenciesClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public OnlinePublicServices.OnlinePublicServicesClient ServicesClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public OneStop.OneStopClient OneStopClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public EGovernment.EGovernmentClient EGovernmentClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public SecurityIncidents.SecurityIncidentsClient IncidentsClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public Websites.WebsitesClient WebsitesClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public IndicatorSource.IndicatorSourceClient IndicatorsClient() => new(CreateGrpcChannel());

    public DatasetPart.DatasetPartClient ImportClient(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public static ImportFilesRequest Dataset(bool dryRun, params (string Name, string Content)[] files) => new()
    {
        Province = GiaLai,
        DryRun = dryRun,
        Files = { files.Select(f => new DatasetFile { Name = f.Name, Content = ByteString.CopyFrom(Encoding.UTF8.GetBytes(f.Content)) }) },
    };

    public async Task<ComputeIndicatorsResponse> ComputeAsync(string period, IEnumerable<string> units, params string[] indicators) =>
        await IndicatorsClient().ComputeIndicatorsAsync(new ComputeIndicatorsRequest { Province = GiaLai, Period = period, Units = { units }, Indicators = { indicators } });

    public static long Value(ComputeIndicatorsResponse response, string indicator, string unit, string category = "") =>
        response.Values.Single(v => v.Indicator == indicator && v.Unit == unit && v.Category == category).Value;
}
