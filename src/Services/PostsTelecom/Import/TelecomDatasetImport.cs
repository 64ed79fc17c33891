using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.PostsTelecom.Grpc;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Import;

/// <summary>
/// Posts &amp; Telecom's files of a province dataset: postal_points.csv, bts.csv and the rows of licences.csv whose
/// type this service issues. Every row is checked before anything is written; then all files are written in
/// one transaction, each row an upsert by its key, so importing the same files again changes nothing.
/// </summary>
public sealed class TelecomDatasetImport(PostsTelecomDbContext db, UnitDirectory units, TimeProvider clock) : DatasetPart.DatasetPartBase
{
    public const string PostalPointsFile = "postal_points.csv";
    public const string StationsFile = "bts.csv";
    public const string LicencesFile = "licences.csv";

    public override Task<ListOwnedFilesResponse> ListOwnedFiles(ListOwnedFilesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListOwnedFilesResponse
        {
            Files = { PostalPointsFile, StationsFile, LicencesFile },
            LicenceTypes = { Enum.GetValues<LicenceType>().Select(WireNames.ToWire) },
        });

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<ImportFilesResponse> ImportFiles(ImportFilesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var errors = new DatasetErrors();
        var scope = new ImportScope(
            province,
            await units.ForDatasetAsync(province, request, context.CancellationToken),
            await OperatorChecks.OperatorsAsync(db, context.CancellationToken),
            clock.Today(),
            Caller.From(context).ClientId);
        var files = new List<DatasetFileImport>();
        foreach (var file in request.Files)
        {
            DatasetFileImport? import = file.Name switch
            {
                PostalPointsFile => new PostalPointsImport(db, scope),
                StationsFile => new StationsImport(db, scope),
                LicencesFile => new LicencesImport(db, scope),
                _ => null,
            };
            if (import is null)
            {
                errors.Add(file.Name, 0, string.Empty, $"is not a file of the Posts & Telecom service ({PostalPointsFile}, {StationsFile}, {LicencesFile})");
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
