using System.Text.Json;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Reporting.Reports;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Http;

/// <summary>
/// GET /api/v1/provinces/{province}/reports/{period}[.md|.docx]: the compiled report as JSON, Markdown or a Word
/// document. Plain HTTP, since two of the three are files.
/// </summary>
public static class ReportEndpoints
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/provinces/{province}/reports/{file}", CompileAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> CompileAsync(
        string province, string file, HttpContext context, ReportCompiler compiler, ComputedValueCache cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ProvinceAccess.Refuse(context, province) is { } refused)
        {
            return refused;
        }
        var format = Path.GetExtension(file).ToLowerInvariant();
        if (format is not ("" or ".md" or ".docx"))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not a report format: none (JSON), .md or .docx"] });
        }
        var periodText = Path.GetFileNameWithoutExtension(file);
        if (!ReportingPeriod.TryParse(periodText, out var period))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [ReportingPeriod.NotAPeriod(periodText)] });
        }
        var report = await cache.GetOrComputeAsync(
            province,
            $"report:{period.Code}:{clock.Today():yyyy-MM-dd}",
            token => compiler.CompileAsync(province, period, token),
            report => JsonSerializer.SerializeToUtf8Bytes(report, ReportJson.Options),
            bytes => JsonSerializer.Deserialize<CompiledReport>(bytes, ReportJson.Options)!,
            cancellationToken);
        var name = $"bao-cao-{province}-{period.Code}";
        return format switch
        {
            ".md" => Results.Text(MarkdownReportWriter.Write(report), "text/markdown; charset=utf-8"),
            ".docx" => Results.File(DocxReportWriter.Write(report), DocxContentType, $"{name}.docx"),
            _ => Results.Json(report, ReportJson.Options),
        };
    }
}
