extern alias reporting;
extern alias service;

using System.Text;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Licences.V1;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Protobuf;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>The Press &amp; Publishing service in process, checking unit codes against an in-process Reporting service.</summary>
internal sealed class PressHost() : ServiceWithUnitsTestHost<service::Program, reporting::Program>("pressdb")
{
    public const string GiaLai = "64";

    public PressOrganisations.PressOrganisationsClient Organisations(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public PressPermits.PressPermitsClient Permits(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public Broadcasts.BroadcastsClient Broadcasts(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public CommuneRadios.CommuneRadiosClient CommuneRadios(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public PrintingOutputs.PrintingOutputsClient Printing(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public DepositChecks.DepositChecksClient DepositChecks(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public CommunicationWorks.CommunicationWorksClient CommunicationWorks(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public LicenceRegistry.LicenceRegistryClient Registry(TestCaller? caller = null) => new(CreateGrpcChannel(caller ?? TestCaller.Admin));

    public IndicatorSource.IndicatorSourceClient Indicators() => new(CreateGrpcChannel());

    public DatasetPart.DatasetPartClient Import() => new(CreateGrpcChannel());

    public async Task<ComputeIndicatorsResponse> ComputeAsync(string period, IEnumerable<string> units, params string[] indicators) =>
        await Indicators().ComputeIndicatorsAsync(new ComputeIndicatorsRequest { Province = GiaLai, Period = period, Units = { units }, Indicators = { indicators } });

    public static long Value(ComputeIndicatorsResponse response, string indicator, string unit, string category = "") =>
        response.Values.Single(v => v.Indicator == indicator && v.Unit == unit && v.Category == category).Value;

    public static ImportFilesRequest Request(bool dryRun, params (string Name, string Content)[] files) => new()
    {
        Province = GiaLai,
        DryRun = dryRun,
        Files = { files.Select(f => new DatasetFile { Name = f.Name, Content = ByteString.CopyFrom(Encoding.UTF8.GetBytes(f.Content)) }) },
    };

    /// <summary>Imports the files and fails the test unless every row was accepted.</summary>
    public async Task ImportAsync(params (string Name, string Content)[] files)
    {
        var response = await Import().ImportFilesAsync(Request(dryRun: false, files));
        Assert.True(response.Errors.Count == 0, string.Join("; ", response.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column} {e.Message}")));
    }
}
