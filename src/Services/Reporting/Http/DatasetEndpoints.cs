using GiaLaiIct.Reporting.Import;
using GiaLaiIct.ServiceKit.Security;
using Microsoft.AspNetCore.Mvc;

namespace GiaLaiIct.Reporting.Http;

/// <summary>
/// POST /api/v1/provinces/{province}/datasets: a dataset as a ZIP archive (application/zip) or as multipart form
/// files named after the CSV files. Plain HTTP rather than a transcoded gRPC method, since the body is a file.
/// </summary>
public static class DatasetEndpoints
{
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
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
            {
                // A body cut short or a boundary that never closes: the form cannot be read, and nothing was.
                return (null, BadRequest("body", $"is not a complete multipart form: {exception.Message}"));
            }
            var files = new List<DatasetFile>();
            foreach (var file in form.Files)
            {
                var name = string.IsNullOrEmpty(file.FileName) ? file.Name : file.FileName;
                if (DatasetArchive.NameProblem(name) is { } badName)
                {
                    return (null, BadRequest("files", badName));
                }
                if (files.Sum(f => (long)f.Content.Length) + file.Length > DatasetArchive.MaxInflatedBytes)
                {
                    return (null, BadRequest("files", $"the files add up to more than {DatasetArchive.MaxInflatedBytes} bytes"));
                }
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                files.Add(new DatasetFile(name, content.ToArray()));
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
        var (files, problem) = await DatasetArchive.ReadAsync(body.ToArray(), cancellationToken);
        return problem is null ? (files, null) : (null, BadRequest("body", problem));
    }

    private static IResult BadRequest(string field, string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, title: "The dataset cannot be read.");
}
