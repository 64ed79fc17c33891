using System.Text.Json;

namespace GiaLaiIct.Reporting.Http;

/// <summary>JSON of compiled reports: camelCase like every other route, null fields written out.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
