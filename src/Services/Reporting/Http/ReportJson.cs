using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GiaLaiIct.Reporting.Http;

/// <summary>JSON of compiled reports: camelCase like every other route, null fields written out.</summary>
public static class ReportJson
{
    // Vietnamese letters are written as they are, not as \u escapes, so the JSON stays readable.
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
