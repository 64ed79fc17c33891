using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Relay;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Import;

/// <summary>
/// Inspection's files of a province dataset: inspections.csv, sanctions.csv, complaints.csv — checked completely, then
/// written in one transaction with the licence effects of new decisions, which the relay sends once it commits.
/// licences.csv, when Reporting passes it along, is read only for its numbers: a sanction may name a licence of
/// the same dataset, which its owner imports before this service writes (Reporting applies Inspection's part last).
/// </summary>
public sealed class InspectionDatasetImport(
    InspectionDbContext db, UnitDirectory units, LicenceOwners owners, LicenceRelaySignal relay, TimeProvider clock) : DatasetPart.DatasetPartBase
{
    public const string InspectionsFile = "inspections.csv";
    public const string SanctionsFile = "sanctions.csv";
    public const string ComplaintsFile = "complaints.csv";
    public const string LicencesFile = "licences.csv";

    private static readonly string[] Order = [InspectionsFile, SanctionsFile, ComplaintsFile];

    public override Task<ListOwnedFilesResponse> ListOwnedFiles(ListOwnedFilesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListOwnedFilesResponse { Files = { Order } });

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<ImportFilesResponse> ImportFiles(ImportFilesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var errors = new DatasetErrors();
        var storedInspections = (await db.Inspections.Where(i => i.ProvinceCode == province).Select(i => i.Id).ToListAsync(context.CancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var scope = new InspectionImportScope(province, await units.ForDatasetAsync(province, request, context.CancellationToken),
            storedInspections, clock.GetUtcNow());

        var received = new Dictionary<string, DatasetFile>(StringComparer.Ordinal);
        foreach (var file in request.Files)
        {
            if (!Order.Contains(file.Name) && file.Name != LicencesFile)
            {
                errors.Add(file.Name, 0, string.Empty, $"is not a file of the Inspection service ({string.Join(", ", Order)})");
            }
            else if (!received.TryAdd(file.Name, file))
            {
                errors.Add(file.Name, 0, string.Empty, "was sent twice");
            }
        }

        var imports = new List<DatasetFileImport>();
        SanctionsImport? sanctions = null;
        // Inspections first: a sanction may name an inspection of the same dataset.
        foreach (var name in Order.Where(received.ContainsKey))
        {
            DatasetFileImport import = name switch
            {
                InspectionsFile => new InspectionsImport(db, scope),
                SanctionsFile => sanctions = new SanctionsImport(db, scope),
                _ => new ComplaintsImport(db, scope),
            };
            if (import.Parse(received[name].Content.ToByteArray(), errors))
            {
                imports.Add(import);
            }
        }
        if (sanctions is not null && !errors.Any)
        {
            await sanctions.CheckAsync(DatasetLicences(received.GetValueOrDefault(LicencesFile)), owners, errors, context.CancellationToken);
        }
        if (errors.Any)
        {
            return new ImportFilesResponse { Errors = { errors.Items } };
        }

        var response = new ImportFilesResponse();
        foreach (var import in imports)
        {
            response.Counts.Add(await import.StageAsync(context.CancellationToken));
        }
        if (!request.DryRun)
        {
            await db.SaveChangesAsync(context.CancellationToken);
            if (sanctions is { NewEffects: > 0 })
            {
                relay.Notify();
            }
        }
        return response;
    }

    /// <summary>The licence numbers of the same dataset's licences.csv (its owners validate the rest of it).</summary>
    private static HashSet<string> DatasetLicences(DatasetFile? licences)
    {
        // Its errors are its owners' to report.
        var errors = new DatasetErrors();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        if (licences is null)
        {
            return numbers;
        }
        var table = CsvTable.Read(LicencesFile, licences.Content.ToByteArray(), ["number"], ["type", "holder", "unit", "issued_on", "expires_on", "status"], errors);
        foreach (var row in table?.Rows ?? [])
        {
            if (row.Optional("number") is { } number)
            {
                numbers.Add(number);
            }
        }
        return numbers;
    }
}
