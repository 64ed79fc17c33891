using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>
/// The IT files of a province dataset: the four of DATASET-FORMAT.md and IT's additions (agencies.csv,
/// dossier_counts.csv, egov_figures.csv). Every row of every file is checked before anything is written; then all files are written
/// in one transaction, each row an upsert by its key, so importing the same files again changes nothing.
/// </summary>
public sealed class ItDatasetImport(InformationTechnologyDbContext db, UnitDirectory units, TimeProvider clock) : DatasetPart.DatasetPartBase
{
    public const string AgenciesFile = "agencies.csv";
    public const string OnlineServicesFile = "online_services.csv";
    public const string OneStopDeploymentsFile = "onestop_deployments.csv";
    public const string DossierCountsFile = "dossier_counts.csv";
    public const string EGovernmentFiguresFile = "egov_figures.csv";
    public const string IncidentsFile = "incidents.csv";
    public const string WebsitesFile = "websites.csv";

    /// <summary>Agencies come first: the other files refer to them.</summary>
    private static readonly string[] Files = [AgenciesFile, OnlineServicesFile, OneStopDeploymentsFile, DossierCountsFile, EGovernmentFiguresFile, IncidentsFile, WebsitesFile];

    public override Task<ListOwnedFilesResponse> ListOwnedFiles(ListOwnedFilesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListOwnedFilesResponse { Files = { Files } });

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<ImportFilesResponse> ImportFiles(ImportFilesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var cancellationToken = context.CancellationToken;
        var names = request.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var scope = new ItImportScope(
            province,
            await units.ForDatasetAsync(province, request, cancellationToken),
            await db.Agencies.AsNoTracking().Where(a => a.ProvinceCode == province).ToDictionaryAsync(a => a.Code, a => a.UnitCode, StringComparer.Ordinal, cancellationToken),
            clock.Today())
        {
            StoredServices = names.Contains(OnlineServicesFile) ? await StoredServicesAsync(province, cancellationToken) : new Dictionary<string, (DateOnly, int, OnlineServiceLevelChange?)>(),
            StoredDossierPeriods = names.Contains(DossierCountsFile)
                ? ByUnit(await db.DossierCounts.AsNoTracking().Where(c => c.ProvinceCode == province).ToListAsync(cancellationToken))
                : [],
            StoredEGovernmentPeriods = names.Contains(EGovernmentFiguresFile)
                ? ByUnit(await db.EGovernmentRecords.AsNoTracking().Where(r => r.ProvinceCode == province).ToListAsync(cancellationToken))
                : [],
        };

        var errors = new DatasetErrors();
        var imports = new List<DatasetFileImport>();
        foreach (var file in request.Files.Where(f => !Files.Contains(f.Name)))
        {
            errors.Add(file.Name, 0, string.Empty, $"is not a file of the IT service ({string.Join(", ", Files)})");
        }
        foreach (var group in request.Files.Where(f => Files.Contains(f.Name)).GroupBy(f => f.Name).OrderBy(g => Array.IndexOf(Files, g.Key)))
        {
            if (group.Count() > 1)
            {
                errors.Add(group.Key, 0, string.Empty, "was sent twice");
                continue;
            }
            DatasetFileImport import = group.Key switch
            {
                AgenciesFile => new AgenciesImport(db, scope),
                OnlineServicesFile => new OnlineServicesImport(db, scope),
                OneStopDeploymentsFile => new OneStopDeploymentsImport(db, scope),
                DossierCountsFile => new DossierCountsImport(db, scope),
                EGovernmentFiguresFile => new EGovernmentFiguresImport(db, scope),
                IncidentsFile => new IncidentsImport(db, scope),
                _ => new WebsitesImport(db, scope),
            };
            if (import.Parse(group.Single().Content.ToByteArray(), errors))
            {
                imports.Add(import);
            }
        }
        if (errors.Any)
        {
            return new ImportFilesResponse { Errors = { errors.Items } };
        }

        // Counts answer in the order the files were sent.
        var counts = new Dictionary<string, FileCounts>(StringComparer.Ordinal);
        foreach (var import in imports)
        {
            counts[import.File] = await import.StageAsync(cancellationToken);
        }
        if (!request.DryRun)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return new ImportFilesResponse { Counts = { request.Files.Select(f => counts[f.Name]) } };
    }

    private static Dictionary<string, List<T>> ByUnit<T>(List<T> rows) where T : IRecordedPeriod =>
        rows.GroupBy(r => r.UnitCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private async Task<Dictionary<string, (DateOnly EffectiveFrom, int Level, OnlineServiceLevelChange? LastChange)>> StoredServicesAsync(
        string province, CancellationToken cancellationToken)
    {
        var services = await db.OnlineServices.AsNoTracking().Where(s => s.ProvinceCode == province)
            .Select(s => new { s.Code, s.EffectiveFrom, s.Level }).ToListAsync(cancellationToken);
        var lastChanges = (await db.OnlineServiceLevelChanges.AsNoTracking().Where(c => c.ProvinceCode == province).ToListAsync(cancellationToken))
            .GroupBy(c => c.ServiceCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Sequence)!, StringComparer.Ordinal);
        return services.ToDictionary(
            s => s.Code, s => (s.EffectiveFrom, s.Level, lastChanges.GetValueOrDefault(s.Code)), StringComparer.Ordinal);
    }
}
