using GiaLaiIct.Datasets.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.Reporting.Tests.Import;

/// <summary>
/// A division's side of the dataset contract whose write can be made to fail on cue, served over real gRPC by its
/// own in-process server: the one way to reproduce a division that passes its dry run and then fails to write.
/// </summary>
internal sealed class ScriptedDivision(IReadOnlyList<string> ownedFiles) : IAsyncDisposable
{
    private WebApplication? _app;

    private int _listCalls;

    public IReadOnlyList<string> OwnedFiles { get; } = ownedFiles;

    /// <summary>The licence types it says it takes (of licences.csv, when that is one of its files).</summary>
    public List<string> LicenceTypes { get; } = [];

    /// <summary>What the division answers to a dry run; null checks, counting every file as inserted.</summary>
    public Func<ImportFilesRequest, ImportFilesResponse>? FailCheck { get; set; }

    /// <summary>What the division answers when asked what it takes; null answers <see cref="OwnedFiles"/>.</summary>
    public Func<ListOwnedFilesResponse>? FailList { get; set; }

    /// <summary>How many times it was asked what it takes.</summary>
    public int ListCalls => Volatile.Read(ref _listCalls);

    /// <summary>The names of the files of each dry run, in order.</summary>
    public List<string[]> Checked { get; } = [];

    /// <summary>When it last wrote (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</summary>
    public long WrittenAt { get; private set; }

    /// <summary>What the division answers when asked to write; null writes, counting every file as inserted.</summary>
    public Func<ImportFilesRequest, ImportFilesResponse>? FailWrite { get; set; }

    /// <summary>The names of the files written, in order.</summary>
    public List<string> Written { get; } = [];

    public static async Task<ScriptedDivision> StartAsync(params string[] ownedFiles)
    {
        var division = new ScriptedDivision(ownedFiles);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(division);
        division._app = builder.Build();
        division._app.MapGrpcService<DatasetPartService>();
        await division._app.StartAsync();
        return division;
    }

    public HttpMessageHandler CreateHandler() => _app!.GetTestServer().CreateHandler();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private sealed class DatasetPartService(ScriptedDivision division) : DatasetPart.DatasetPartBase
    {
        public override Task<ListOwnedFilesResponse> ListOwnedFiles(ListOwnedFilesRequest request, ServerCallContext context)
        {
            Interlocked.Increment(ref division._listCalls);
            return Task.FromResult(division.FailList is { } fail
                ? fail()
                : new ListOwnedFilesResponse { Files = { division.OwnedFiles }, LicenceTypes = { division.LicenceTypes } });
        }

        public override Task<ImportFilesResponse> ImportFiles(ImportFilesRequest request, ServerCallContext context)
        {
            if (request.DryRun)
            {
                lock (division.Checked)
                {
                    division.Checked.Add([.. request.Files.Select(f => f.Name)]);
                }
                if (division.FailCheck is { } failCheck)
                {
                    return Task.FromResult(failCheck(request));
                }
            }
            if (!request.DryRun && division.FailWrite is { } fail)
            {
                return Task.FromResult(fail(request));
            }
            if (!request.DryRun)
            {
                division.Written.AddRange(request.Files.Select(f => f.Name));
                division.WrittenAt = System.Diagnostics.Stopwatch.GetTimestamp();
            }
            return Task.FromResult(new ImportFilesResponse { Counts = { request.Files.Select(f => new FileCounts { File = f.Name, Inserted = 1 }) } });
        }
    }
}
