using System.IO.Compression;
using GiaLaiIct.Reporting.Import;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;

namespace GiaLaiIct.Reporting.Http;

/// <summary>
/// POST /api/v1/provinces/{province}/datasets: a dataset as a ZIP archive (application/zip) or as multipart form
/// files named after the CSV files. Plain HTTP rather than a transcoded gRPC method, since the body is a file.
/// </summary>
public static class DatasetEndpoints
{
    /// <summary>Inflated size limit of one archive, so a small ZIP cannot expand without bound.</summary>
    private const long MaxInflatedBytes = 256L * 1024 * 1024;
    private const int MaxFiles = 64;

    public static IEndpointRouteBuilder MapDatasetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/provinces/{province}/datasets", ImportAsync).RequireAuthorization(AccessPolicies.Write).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ImportAsync(string province, HttpContext context, DatasetImporter importer, CancellationToken cancellationToken)
    {
        if (ProvinceAccess.Refuse(context, province) is { } refused)
        {
            return refused;
        }
        var (files, problem) = await ReadFilesAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var outcome = await importer.ImportAsync(province, files!, cancellationToken);
        if (outcome.Succeeded)
        {
            return Results.Ok(new { province, files = FileCounts(outcome) });
        }
        var errors = outcome.Errors.Select(e => new { file = e.File, line = e.Line, column = e.Column, message = e.Message });
        if (outcome.PartlyApplied)
        {
            // Every dry run passed, then a division failed: say exactly what was written, never "nothing".
            return Results.Problem(
                statusCode: outcome.DivisionUnreachable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status409Conflict,
                title: "The dataset was imported in part; import the same dataset again to complete it.",
                detail: $"Written: {string.Join(", ", outcome.Counts.Select(c => c.File).Distinct())}. Not written: {string.Join(", ", outcome.Errors.Select(e => e.File).Distinct())}.",
                extensions: new Dictionary<string, object?> { ["files"] = FileCounts(outcome), ["errors"] = errors });
        }
        return Results.Problem(
            statusCode: outcome.DivisionUnreachable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest,
            title: outcome.DivisionUnreachable ? "A service could not be reached; nothing was imported." : "The dataset has errors; nothing was imported.",
            detail: $"{outcome.Errors.Count} error(s); each names file, line and column.",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }

    private static IEnumerable<object> FileCounts(DatasetImportOutcome outcome) =>
        outcome.Counts.Select(c => new { file = c.File, inserted = c.Inserted, updated = c.Updated, unchanged = c.Unchanged });

    private static async Task<(List<DatasetFile>? Files, IResult? Problem)> ReadFilesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var files = new List<DatasetFile>();
            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                files.Add(new DatasetFile(string.IsNullOrEmpty(file.FileName) ? file.Name : file.FileName, content.ToArray()));
            }
            return files.Count == 0 ? (null, BadRequest("files", "the form holds no file: send each CSV file as a form file named after it")) : (files, null);
        }
        if (request.ContentType?.StartsWith("application/zip", StringComparison.OrdinalIgnoreCase) == true)
        {
            return await ReadZipAsync(request, cancellationToken);
        }
        return (null, Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type",
            detail: "Send the dataset as application/zip or as multipart/form-data files."));
    }

    private static async Task<(List<DatasetFile>? Files, IResult? Problem)> ReadZipAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        body.Position = 0;
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(body, ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            return (null, BadRequest("body", $"is not a ZIP archive: {exception.Message}"));
        }
        using (archive)
        {
            var entries = archive.Entries.Where(e => e.Name.Length > 0).ToList();
            if (entries.Count > MaxFiles)
            {
                return (null, BadRequest("body", $"the archive holds {entries.Count} files; a dataset has at most {MaxFiles}"));
            }
            var files = new List<DatasetFile>();
            long inflated = 0;
            foreach (var entry in entries)
            {
                await using var stream = await entry.OpenAsync(cancellationToken);
                using var content = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    inflated += read;
                    if (inflated > MaxInflatedBytes)
                    {
                        return (null, BadRequest("body", $"the archive inflates to more than {MaxInflatedBytes} bytes"));
                    }
                    content.Write(buffer, 0, read);
                }
                files.Add(new DatasetFile(entry.FullName, content.ToArray()));
            }
            return files.Count == 0 ? (null, BadRequest("body", "the archive holds no file")) : (files, null);
        }
    }

    private static IResult BadRequest(string field, string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, title: "The dataset cannot be read.");
}
