using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>
/// Press &amp; Publishing's files of a province dataset. Every row of every file is checked (and the files' rows
/// against each other) before anything is written; then all files are written in one transaction, each row an
/// upsert by its key, so importing the same files again changes nothing.
/// </summary>
public sealed class PressDatasetImport(PressPublishingDbContext db, UnitDirectory units, TimeProvider clock) : DatasetPart.DatasetPartBase
{
    public const string OrganisationsFile = "press_organisations.csv";
    public const string DepositChecksFile = "deposit_checks.csv";
    public const string BroadcastsFile = "broadcasts.csv";
    public const string CommuneRadioFile = "commune_radio.csv";
    public const string PrintingFile = "printing.csv";
    public const string LicencesFile = "licences.csv";
    /// <summary>An addition to DATASET-FORMAT.md (README.md, "Dataset additions").</summary>
    public const string CommunicationWorkFile = "communication_work.csv";

    private static readonly string[] Files =
        [OrganisationsFile, DepositChecksFile, BroadcastsFile, CommuneRadioFile, PrintingFile, LicencesFile, CommunicationWorkFile];

    public override Task<ListOwnedFilesResponse> ListOwnedFiles(ListOwnedFilesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListOwnedFilesResponse { Files = { Files }, LicenceTypes = { Enum.GetValues<PermitType>().Select(WireNames.ToWire) } });

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<ImportFilesResponse> ImportFiles(ImportFilesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var errors = new DatasetErrors();
        var scope = new PressImportScope(
            province,
            await units.ForDatasetAsync(province, request, context.CancellationToken),
            clock.Today(),
            Caller.From(context).ClientId);
        var files = new List<DatasetFileImport>();
        foreach (var file in request.Files)
        {
            DatasetFileImport? import = file.Name switch
            {
                OrganisationsFile => new OrganisationsImport(db, scope),
                DepositChecksFile => new DepositChecksImport(db, scope),
                BroadcastsFile => new BroadcastsImport(db, scope),
                CommuneRadioFile => new CommuneRadioImport(db, scope),
                PrintingFile => new PrintingImport(db, scope),
                LicencesFile => new PermitsImport(db, scope),
                CommunicationWorkFile => new CommunicationWorkImport(db, scope),
                _ => null,
            };
            if (import is null)
            {
                errors.Add(file.Name, 0, string.Empty, $"is not a file of the Press & Publishing service ({string.Join(", ", Files)})");
                continue;
            }
            if (files.Any(f => f.File == file.Name))
            {
                errors.Add(file.Name, 0, string.Empty, "was sent twice");
                continue;
            }
            if (import.Parse(file.Content.ToByteArray(), errors))
            {
                files.Add(import);
            }
        }
        foreach (var check in files.OfType<ICrossRowCheck>())
        {
            await check.CheckAsync(errors, context.CancellationToken);
        }
        if (errors.Any)
        {
            return new ImportFilesResponse { Errors = { errors.Items } };
        }

        var response = new ImportFilesResponse();
        foreach (var file in files)
        {
            response.Counts.Add(await file.StageAsync(context.CancellationToken));
        }
        if (!request.DryRun)
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        return response;
    }
}
