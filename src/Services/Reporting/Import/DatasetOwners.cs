using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Caching.Hybrid;

namespace GiaLaiIct.Reporting.Import;

/// <summary>
/// Who takes which file and licence type of a dataset, as each participant says: Reporting its own files
/// (<see cref="DatasetFiles.ReportingFiles"/>, answered here), every division of <see cref="Platform.Divisions"/>
/// through <c>DatasetPart.ListOwnedFiles</c>, all asked at once. A division's answer is kept a minute in this process,
/// so an import costs no round trip for it while that lasts; a division without the contract (Unimplemented) takes
/// no file; one that cannot be reached (Unavailable, DeadlineExceeded) is named, since whether a file nobody else
/// claims is its own cannot be said then.
/// </summary>
public sealed class DatasetOwners(GrpcClientFactory clients, HybridCache cache, IHttpContextAccessor httpContextAccessor, ILogger<DatasetOwners> logger)
{
    private static readonly HybridCacheEntryOptions AnswerEntry = new()
    {
        Expiration = TimeSpan.FromMinutes(1),
        LocalCacheExpiration = TimeSpan.FromMinutes(1),
        // What a division imports changes only when it is deployed: this process's copy is enough, and no shared cache is asked.
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    /// <summary>The answers of Reporting and every division, asked in parallel.</summary>
    public async Task<DatasetOwnership> AskAsync(CancellationToken cancellationToken)
    {
        // The cache's factory may run where the request being served is not known: the caller's token is taken here.
        var headers = ForwardCallerTokenInterceptor.CallerTokenHeaders(httpContextAccessor);
        var answers = await Task.WhenAll(Platform.DivisionResources.Select(service => AskAsync(service, headers, cancellationToken)));
        var reporting = new ListOwnedFilesResponse { Files = { DatasetFiles.ReportingFiles } };
        return new DatasetOwnership(
            [(Platform.Reporting, reporting), .. answers.Where(a => a.Owned is not null).Select(a => (a.Service, a.Owned!))],
            [.. answers.Where(a => a.Owned is null).Select(a => a.Service)]);
    }

    /// <summary>Drops a division's kept answer: it could not be reached, and may come back taking other files.</summary>
    public async Task ForgetAsync(string service, CancellationToken cancellationToken) => await cache.RemoveAsync(Key(service), cancellationToken);

    /// <summary>What the division takes; none without the contract; null when it cannot be reached.</summary>
    private async Task<(string Service, ListOwnedFilesResponse? Owned)> AskAsync(string service, Metadata? headers, CancellationToken cancellationToken)
    {
        try
        {
            // A failed call is not kept: the next import asks again.
            var owned = await cache.GetOrCreateAsync(
                Key(service),
                (client: clients.CreateClient<DatasetPart.DatasetPartClient>(GrpcClientExtensions.ClientName<DatasetPart.DatasetPartClient>(service)), headers),
                static async (state, token) => await state.client.ListOwnedFilesAsync(new ListOwnedFilesRequest(), state.headers, cancellationToken: token),
                AnswerEntry,
                cancellationToken: cancellationToken);
            return (service, owned);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            return (service, new ListOwnedFilesResponse());
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Dataset import: {Service} could not be reached to say which files it takes", service);
            return (service, null);
        }
    }

    private static string Key(string service) => $"dataset-owned-files:{service}";
}

/// <summary>
/// The answers one import works with: Reporting's first, then the divisions' in <see cref="Platform.Divisions"/>
/// order, and the divisions that could not be reached.
/// </summary>
public sealed class DatasetOwnership
{
    private readonly IReadOnlyList<(string Service, ListOwnedFilesResponse Owned)> _answers;

    public DatasetOwnership(IReadOnlyList<(string Service, ListOwnedFilesResponse Owned)> answers, IReadOnlyList<string> unreachable)
    {
        _answers = answers;
        Unreachable = unreachable;
        Known = [.. answers.SelectMany(a => a.Owned.Files).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        // A type cell is matched as people write it ("Game point" is game_point), each answering its code.
        LicenceTypes = new(answers.Where(a => a.Owned.Files.Contains(DatasetFiles.Licences))
            .SelectMany(a => a.Owned.LicenceTypes).Distinct(StringComparer.Ordinal).Select(type => (type, type)));
    }

    /// <summary>The resources of the divisions that could not say what they take.</summary>
    public IReadOnlyList<string> Unreachable { get; }

    /// <summary>Every file a participant that answered takes, sorted.</summary>
    public IReadOnlyList<string> Known { get; }

    /// <summary>The licence types of the participants that take licences.csv.</summary>
    public EnumeratedValues<string> LicenceTypes { get; }

    public bool IsKnown(string file) => _answers.Any(a => a.Owned.Files.Contains(file));

    /// <summary>The participants taking <paramref name="file"/>, Reporting first.</summary>
    public IEnumerable<string> Takers(string file) => _answers.Where(a => a.Owned.Files.Contains(file)).Select(a => a.Service);

    /// <summary>The participants taking the licences.csv rows of <paramref name="type"/> (a code of <see cref="LicenceTypes"/>).</summary>
    public IEnumerable<string> LicenceTypeTakers(string type) =>
        _answers.Where(a => a.Owned.Files.Contains(DatasetFiles.Licences) && a.Owned.LicenceTypes.Contains(type)).Select(a => a.Service);

    /// <summary>The error of a file no participant that answered takes.</summary>
    public string UnknownFile() => Unreachable.Count == 0
        ? $"is not a dataset file (known: {string.Join(", ", Known)})"
        : $"is not known to the services that answered (known: {string.Join(", ", Known)}); {Undecided("file")}";

    /// <summary>The error of a type cell no participant that answered takes.</summary>
    public string UnknownLicenceType(string text) => Unreachable.Count == 0
        ? LicenceTypes.Unknown(text)
        : $"{LicenceTypes.Unknown(text)}; {Undecided("licence type")}";

    private string Undecided(string what)
    {
        var names = Unreachable.Select(Platform.DisplayName).ToList();
        return names.Count == 1
            ? $"the {names[0]} service could not be reached to say whether it takes this {what}; import again when it is up"
            : $"the {string.Join(", ", names[..^1])} and {names[^1]} services could not be reached to say whether they take this {what}; import again when they are up";
    }
}
