extern alias reporting;
extern alias telecom;

using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// Reporting and Posts &amp; Telecom in process, each on its own SQLite files, fuzzed over every gRPC method and
/// REST route they map and (Reporting) the dataset upload: no input gets a server error, leaks an exception or
/// logs an error, and no refused input writes to any database.
/// </summary>
public sealed class InProcessFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] ReportingFiles = ["units.csv", "statistics.csv", "targets.csv", "tasks.csv", "documents.csv"];

    [Fact]
    public async Task Reporting_answers_every_fuzzed_input_as_a_client_mistake_or_a_success_and_writes_nothing_it_refused()
    {
        var recorder = new ErrorLogRecorder();
        using var host = new ServiceTestHost<reporting::Program>("reportingdb");
        // The divisions' contracts are answered by this host, which implements neither: each division counts
        // nothing and imports no file, so only Reporting's own files are fuzzed here.
        foreach (var division in new[] { "telecom", "it", "press", "inspection" })
        {
            host.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>(division, () => host.Server.CreateHandler());
            host.RouteNamedGrpcClient<reporting::Program, DatasetPart.DatasetPartClient>(division, () => host.Server.CreateHandler());
        }
        host.WithServices(services => services.AddSingleton<ILoggerProvider>(recorder));

        await RunAsync("in-process reporting", host, [host.DatabaseFile], recorder, async campaign =>
            await campaign.DatasetsAsync("reporting/datasets", new DatasetInputs(ReportingFiles), inputs: 250));
    }

    [Fact]
    public async Task Posts_and_telecom_answers_every_fuzzed_input_as_a_client_mistake_or_a_success_and_writes_nothing_it_refused()
    {
        var recorder = new ErrorLogRecorder();
        using var host = new ServiceWithUnitsTestHost<telecom::Program, reporting::Program>("telecomdb");
        host.WithServices(services => services.AddSingleton<ILoggerProvider>(recorder));
        // The Reporting host behind it is started by the first unit look-up; start it now so its seeding is not counted.
        await host.UnitsClient().ListProvincesAsync(new GiaLaiIct.Reporting.V1.ListProvincesRequest());

        await RunAsync("in-process telecom", host, [host.DatabaseFile, host.ReportingDatabaseFile], recorder, _ => Task.CompletedTask);
    }

    private async Task RunAsync<TProgram>(
        string run, ServiceTestHost<TProgram> host, string[] databases, ErrorLogRecorder recorder, Func<FuzzCampaign, Task> more)
        where TProgram : class
    {
        var budget = FuzzBudget.FromEnvironment();
        var tally = new FuzzTally(run);
        using var rest = host.CreateClientAs(TestCaller.Admin);
        using var grpc = new HttpClient(new BearerTokenHandler(TestTokens.Issue(TestCaller.Admin), host.Server.CreateHandler())) { BaseAddress = host.Server.BaseAddress };
        using (await rest.GetAsync("/health"))
        {
        }
        var methods = ContractCatalogue.OfHost(host.Services);
        recorder.TakeNew();
        using var watch = new DatabaseWatch(databases);
        var target = new FuzzTarget(host.Server.BaseAddress, rest, grpc, watch, recorder.TakeNew, tally, rawUris: false);
        var campaign = new FuzzCampaign(target, tally, budget);
        var service = run.Split(' ')[^1];

        await campaign.GrpcBytesAsync($"{service}/grpc-bytes", methods, inputs: 1200);
        await campaign.RestAsync($"{service}/json-bodies", methods, withBody: true, inputs: 700);
        await campaign.RestAsync($"{service}/paths-and-queries", methods, withBody: false, inputs: 700);
        await more(campaign);

        tally.Publish(output);
        Assert.True(tally.Findings.Count == 0, tally.Report());
    }
}
