using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Grpc;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Caching.Hybrid;

namespace GiaLaiIct.Reporting.Import;

/// <summary>
/// Imports a province dataset (DATASET-FORMAT.md) across services. Which service takes which file (and which rows of
/// licences.csv) only the services say: Reporting its own files, each division through ListOwnedFiles
/// (<see cref="DatasetOwners"/>). Every file is validated first: Reporting's own files here, each division's files by
/// that division in a dry run, all at once, every error kept. Only when no service found an error is anything
/// written: Reporting's files in one transaction, then each division's files in one transaction of its own. Rows are
/// upserts by natural key, so the same dataset imported again changes nothing, and an import that a failing service
/// cut short completes when it is sent again.
/// </summary>
public sealed class DatasetImporter(
    ReportingDbContext db, IndicatorCatalogue catalogue, GrpcClientFactory clients, DatasetOwners owners, HybridCache cache, ILogger<DatasetImporter> logger)
{
    public async Task<DatasetImportOutcome> ImportAsync(string province, IReadOnlyList<DatasetFile> files, CancellationToken cancellationToken)
    {
        var errors = new DatasetErrors();
        var ownership = await owners.AskAsync(cancellationToken);
        // Set when a service that could not be reached left a file undecided or unchecked: the answer is then 503.
        var unreachable = false;
        var received = CheckNames(files, ownership, errors, ref unreachable);
        var divisionFiles = AssignDivisionFiles(received, ownership, errors, ref unreachable);

        var stored = await UnitsImport.LoadStoredAsync(db, cancellationToken);
        var units = new UnitsImport(db, province, stored);
        if (received.FirstOrDefault(f => f.Name == DatasetFiles.Units) is { } unitsFile && units.Parse(unitsFile.Content, errors))
        {
            units.CheckTree(errors);
        }
        else if (!stored.ContainsKey(province))
        {
            errors.Add(DatasetFiles.Units, 0, string.Empty, $"province {province} is not loaded: send its units.csv (in the same dataset is fine)");
        }
        var scope = new ReportingImportScope(province, catalogue, units.Levels);
        var ownFiles = new List<DatasetFileImport>();
        foreach (var file in received.Where(f => f.Name != DatasetFiles.Units && DatasetFiles.ReportingFiles.Contains(f.Name)))
        {
            DatasetFileImport import = file.Name switch
            {
                DatasetFiles.Statistics => new StatisticsImport(db, scope),
                DatasetFiles.Targets => new TargetsImport(db, scope),
                DatasetFiles.Tasks => new TasksImport(db, scope),
                _ => new DocumentsImport(db, scope),
            };
            if (import.Parse(file.Content, errors))
            {
                ownFiles.Add(import);
            }
        }

        var datasetUnits = units.AllUnits.ToList();
        var dryRuns = await Task.WhenAll(divisionFiles.Select(part => DryRunAsync(province, part.Key, part.Value, datasetUnits, cancellationToken)));
        foreach (var (checkedPart, reached) in dryRuns)
        {
            unreachable |= !reached;
            foreach (var error in checkedPart.Errors)
            {
                errors.Add(error.File, error.Line, error.Column, error.Message);
            }
        }
        if (errors.Any)
        {
            return new DatasetImportOutcome([], Order(errors.Items)) { DivisionUnreachable = unreachable };
        }

        var counts = new List<FileCounts>();
        if (received.Any(f => f.Name == DatasetFiles.Units))
        {
            counts.Add(await units.StageAsync(cancellationToken));
        }
        foreach (var import in ownFiles)
        {
            counts.Add(await import.StageAsync(cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.RemoveByTagAsync(UnitCacheTags.Province(province), cancellationToken);

        var order = files.Select(f => Path.GetFileName(f.Name)).ToList();
        // Inspection last: its sanctions may act on licences of this dataset, which their owners must hold first.
        var remaining = new Queue<KeyValuePair<string, List<DatasetFile>>>(divisionFiles.OrderBy(part => part.Key == Platform.Inspection));
        while (remaining.TryDequeue(out var part))
        {
            var (service, serviceFiles) = part;
            ImportFilesResponse applied;
            try
            {
                applied = await SendAsync(province, service, serviceFiles, datasetUnits, dryRun: false, cancellationToken);
            }
            catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Dataset import of province {Province}: {Service} could not apply its files after a clean dry run", province, service);
                await owners.ForgetAsync(service, CancellationToken.None);
                var cause = $"the {Platform.DisplayName(service)} service could not be reached to write it ({exception.StatusCode})";
                return PartlyApplied(counts, order, NotApplied(serviceFiles, cause).Concat(NotAppliedAfter(remaining, service)))
                    with { DivisionUnreachable = true };
            }
            if (applied.Errors.Count > 0)
            {
                // The data changed between the dry run and now (another writer): this division wrote nothing of its part.
                logger.LogWarning("Dataset import of province {Province}: {Service} refused its files after a clean dry run", province, service);
                return PartlyApplied(counts, order, applied.Errors.Concat(NotAppliedAfter(remaining, service)));
            }
            counts.AddRange(applied.Counts);
        }
        return new DatasetImportOutcome([.. counts.OrderBy(c => order.IndexOf(c.File))], []);
    }

    /// <summary>The files written so far, in the dataset's order, and what was not written, each with why.</summary>
    private static DatasetImportOutcome PartlyApplied(List<FileCounts> written, List<string> order, IEnumerable<DatasetError> notWritten) =>
        new([.. written.OrderBy(c => order.IndexOf(c.File))], Order(notWritten));

    private static IEnumerable<DatasetError> NotApplied(IEnumerable<DatasetFile> files, string cause) =>
        files.Select(f => new DatasetError { File = f.Name, Message = $"not imported: {cause}; import the same dataset again to complete it" });

    private static IEnumerable<DatasetError> NotAppliedAfter(IEnumerable<KeyValuePair<string, List<DatasetFile>>> remaining, string failedService) =>
        remaining.SelectMany(part => NotApplied(part.Value, $"the import stopped when the {Platform.DisplayName(failedService)} service failed"));

    /// <summary>Names some participant takes, each once; licences.csv may be counted for several services.</summary>
    private static List<DatasetFile> CheckNames(IReadOnlyList<DatasetFile> files, DatasetOwnership ownership, DatasetErrors errors, ref bool unreachable)
    {
        var received = new List<DatasetFile>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Name);
            if (!ownership.IsKnown(name))
            {
                errors.Add(name, 0, string.Empty, ownership.UnknownFile());
                unreachable |= ownership.Unreachable.Count > 0;
            }
            else if (received.Any(f => f.Name == name))
            {
                errors.Add(name, 0, string.Empty, "is in the dataset twice");
            }
            else
            {
                received.Add(file with { Name = name });
            }
        }
        return received;
    }

    /// <summary>Each division's files, in the dataset's order: every file to the divisions that take it, licences.csv to those taking its rows' types.</summary>
    private static Dictionary<string, List<DatasetFile>> AssignDivisionFiles(
        List<DatasetFile> received, DatasetOwnership ownership, DatasetErrors errors, ref bool unreachable)
    {
        var parts = new Dictionary<string, List<DatasetFile>>(StringComparer.Ordinal);
        void Assign(string service, DatasetFile file)
        {
            if (!parts.TryGetValue(service, out var list))
            {
                parts[service] = list = [];
            }
            list.Add(file);
        }
        foreach (var file in received.Where(f => f.Name != DatasetFiles.Licences))
        {
            foreach (var service in ownership.Takers(file.Name).Where(service => service != Platform.Reporting))
            {
                Assign(service, file);
            }
        }
        if (received.FirstOrDefault(f => f.Name == DatasetFiles.Licences) is { } licences)
        {
            foreach (var service in LicenceRowOwners(licences, ownership, errors, ref unreachable))
            {
                Assign(service, licences);
            }
            // Inspection reads the licence numbers its sanctions may name (it writes no licence, so it does not list the file).
            if (parts.TryGetValue(Platform.Inspection, out var inspection) && !inspection.Contains(licences))
            {
                inspection.Add(licences);
            }
        }
        return parts;
    }

    /// <summary>The services taking the licence types that appear in licences.csv; a row of a type no service that answered takes is an error.</summary>
    private static List<string> LicenceRowOwners(DatasetFile licences, DatasetOwnership ownership, DatasetErrors errors, ref bool unreachable)
    {
        var owners = new List<string>();
        var table = CsvTable.Read(DatasetFiles.Licences, licences.Content, ["type"], [.. DatasetFiles.LicenceColumns.Where(c => c != "type")], errors);
        foreach (var row in table?.Rows ?? [])
        {
            if (row.Required("type") is not { } text)
            {
                continue;
            }
            if (!ownership.LicenceTypes.TryMatch(text, out var type))
            {
                row.Error("type", ownership.UnknownLicenceType(text));
                unreachable |= ownership.Unreachable.Count > 0;
                continue;
            }
            owners.AddRange(ownership.LicenceTypeTakers(type).Where(service => service != Platform.Reporting && !owners.Contains(service)));
        }
        return owners;
    }

    /// <summary>A division's check of its files; false when it could not be reached, its files then each with an error saying so.</summary>
    private async Task<(ImportFilesResponse Checked, bool Reached)> DryRunAsync(
        string province, string service, List<DatasetFile> files, List<DatasetUnit> datasetUnits, CancellationToken cancellationToken)
    {
        try
        {
            return (await SendAsync(province, service, files, datasetUnits, dryRun: true, cancellationToken), true);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Dataset import of province {Province}: {Service} could not be reached to check its files", province, service);
            await owners.ForgetAsync(service, CancellationToken.None);
            var message = $"the {Platform.DisplayName(service)} service could not be reached to check it ({exception.StatusCode}); nothing was imported: import again when it is up";
            return (new ImportFilesResponse { Errors = { files.Select(f => new DatasetError { File = f.Name, Message = message }) } }, false);
        }
    }

    private async Task<ImportFilesResponse> SendAsync(
        string province, string service, List<DatasetFile> files, List<DatasetUnit> datasetUnits, bool dryRun, CancellationToken cancellationToken)
    {
        var request = new ImportFilesRequest { Province = province, DryRun = dryRun, DatasetUnits = { datasetUnits }, AllUnits = true };
        request.Files.AddRange(files.Select(f => new Datasets.V1.DatasetFile { Name = f.Name, Content = ByteString.CopyFrom(f.Content) }));
        try
        {
            return await Client(service).ImportFilesAsync(request, cancellationToken: cancellationToken);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.PermissionDenied or StatusCode.InvalidArgument or StatusCode.ResourceExhausted)
        {
            return new ImportFilesResponse
            {
                Errors =
                {
                    files.Select(f => new DatasetError
                    {
                        File = f.Name,
                        Message = exception.StatusCode == StatusCode.PermissionDenied
                            ? $"the {Platform.DisplayName(service)} service refused the file: your client may not write its data ({exception.Status.Detail})"
                            : $"the {Platform.DisplayName(service)} service refused the file: {exception.Status.Detail}",
                    }),
                },
            };
        }
    }

    private DatasetPart.DatasetPartClient Client(string service) => clients.CreateClient<DatasetPart.DatasetPartClient>(GrpcClientExtensions.ClientName<DatasetPart.DatasetPartClient>(service));

    private static List<DatasetError> Order(IEnumerable<DatasetError> errors) =>
        [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column, StringComparer.Ordinal)];
}
