using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// A REST request for a method's google.api.http binding: path values and query parameters drawn from
/// <see cref="NastyText"/> (escaped, or raw percent mistakes such as <c>%</c> and <c>%00</c>), and for
/// methods with a body, JSON that is valid, mistyped, not UTF-8, with lone surrogate escapes, cut short,
/// deeply nested or not JSON at all.
/// </summary>
public static partial class RestRequests
{
    private static readonly string[] RawPercentMistakes = ["%", "%0", "%00", "%ZZ", "%ff%fe", "%ed%a0%80", "%c3%28", "%25%", "a%2Fb", "%2e%2e"];

    public sealed record Request(string Kind, HttpMethod Method, string PathAndQuery, byte[]? Json);

    public static Request Create(Fuzzer fuzzer, ContractCatalogue.Method method)
    {
        var rule = method.Rest!;
        var (verb, template) = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => (HttpMethod.Get, rule.Get),
            HttpRule.PatternOneofCase.Post => (HttpMethod.Post, rule.Post),
            HttpRule.PatternOneofCase.Put => (HttpMethod.Put, rule.Put),
            HttpRule.PatternOneofCase.Patch => (HttpMethod.Patch, rule.Patch),
            HttpRule.PatternOneofCase.Delete => (HttpMethod.Delete, rule.Delete),
            _ => (HttpMethod.Post, rule.Custom.Path),
        };
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var path = PathVariable().Replace(template, match =>
        {
            bound.Add(match.Groups["field"].Value);
            return PathValue(fuzzer, match.Groups["field"].Value, match.Groups["rest"].Success);
        });
        var input = method.Descriptor.InputType;
        var query = new List<string>();
        if (string.IsNullOrEmpty(rule.Body) || fuzzer.Chance(10))
        {
            foreach (var field in input.Fields.InDeclarationOrder().Where(f => !bound.Contains(f.Name) && f.FieldType != FieldType.Message))
            {
                if (fuzzer.Chance(40))
                {
                    query.Add($"{field.JsonName}={QueryValue(fuzzer)}");
                }
            }
            if (fuzzer.Chance(10))
            {
                query.Add($"{QueryValue(fuzzer)}={QueryValue(fuzzer)}");
            }
        }
        var pathAndQuery = query.Count == 0 ? path : path + "?" + string.Join('&', query);
        if (string.IsNullOrEmpty(rule.Body))
        {
            return new("query", verb, pathAndQuery, null);
        }
        var bodyType = rule.Body == "*" ? input : input.FindFieldByName(rule.Body)?.MessageType ?? input;
        var (kind, json) = Body(fuzzer, bodyType);
        return new(kind, verb, pathAndQuery, json);
    }

    private static string PathValue(Fuzzer fuzzer, string field, bool multiSegment)
    {
        if (fuzzer.Chance(8))
        {
            return fuzzer.Pick(RawPercentMistakes);
        }
        var value = field == "province" && fuzzer.Chance(60) ? "64" : fuzzer.Draw(NastyText.Any);
        if (value.Length > 2000)
        {
            value = value[..2000];
        }
        var escaped = Uri.EscapeDataString(value);
        return multiSegment ? escaped.Replace("%2F", "/", StringComparison.Ordinal) : escaped.Length == 0 ? "-" : escaped;
    }

    private static string QueryValue(Fuzzer fuzzer)
    {
        if (fuzzer.Chance(15))
        {
            return fuzzer.Pick(RawPercentMistakes);
        }
        var value = fuzzer.Draw(NastyText.Any);
        return Uri.EscapeDataString(value.Length > 3000 ? value[..3000] : value);
    }

    private static (string Kind, byte[] Json) Body(Fuzzer fuzzer, MessageDescriptor type)
    {
        var valid = ValidJson(fuzzer, type);
        switch (fuzzer.Next(10))
        {
            case 0 or 1 or 2:
                return ("json-valid", Encoding.UTF8.GetBytes(valid));
            case 3 or 4:
                return ("json-mistyped", Encoding.UTF8.GetBytes(Mistype(fuzzer, valid, type)));
            case 5:
                return ("json-invalid-utf8", InsertInvalidUtf8(fuzzer, Encoding.UTF8.GetBytes(valid)));
            case 6:
                var surrogate = fuzzer.Pick(["\\ud800", "\\udfff", "\\ud83d", "a\\udc00", "\\u0000", "\\u001f"]);
                var field = type.Fields.InDeclarationOrder().FirstOrDefault(f => f.FieldType == FieldType.String)?.JsonName ?? "name";
                return ("json-escapes", Encoding.UTF8.GetBytes($"{{\"{field}\":\"x{surrogate}y\"}}"));
            case 7:
                var bytes = Encoding.UTF8.GetBytes(valid);
                return ("json-truncated", bytes[..fuzzer.Next(Math.Max(1, bytes.Length))]);
            case 8:
                return ("json-shape", Encoding.UTF8.GetBytes(fuzzer.Pick<string>([
                    "", "[]", "null", "42", "\"x\"", new string('[', 5000), "{\"a\":" + new string('{', 300), "{,}", "{\"x\":1,\"x\":2}", "\uFEFF{}",
                ])));
            default:
                return ("json-random", fuzzer.Bytes(0, 100));
        }
    }

    /// <summary>
    /// A message of the type as proto3 JSON. The formatter refuses text with a lone surrogate, so such a draw is
    /// drawn again; lone surrogates reach the services through the json-escapes kind instead.
    /// </summary>
    private static string ValidJson(Fuzzer fuzzer, MessageDescriptor type)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                return JsonFormatter.Default.Format(MessageGenerator.Create(fuzzer, type));
            }
            catch (ArgumentException)
            {
            }
        }
        return "{}";
    }

    private static string Mistype(Fuzzer fuzzer, string valid, MessageDescriptor type)
    {
        var node = JsonNode.Parse(valid) as JsonObject ?? [];
        var fields = type.Fields.InDeclarationOrder();
        var name = fields.Count == 0 || fuzzer.Chance(15) ? "unknownField" : fuzzer.Pick(fields.ToList()).JsonName;
        node[name] = fuzzer.Next(9) switch
        {
            0 => JsonValue.Create(5),
            1 => JsonValue.Create(true),
            2 => new JsonArray(JsonValue.Create("a")),
            3 => new JsonObject { ["x"] = 1 },
            4 => JsonValue.Create(1.5),
            5 => JsonValue.Create("not a number"),
            6 => JsonValue.Create(1e300),
            7 => JsonValue.Create("9223372036854775808"),
            _ => null,
        };
        return node.ToJsonString();
    }

    private static byte[] InsertInvalidUtf8(Fuzzer fuzzer, byte[] json)
    {
        byte[] bad = fuzzer.Pick<byte[]>([[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0x80]]);
        var quote = Array.IndexOf(json, (byte)'"', Math.Min(json.Length - 1, fuzzer.Next(Math.Max(1, json.Length))));
        var at = quote < 0 ? json.Length / 2 : quote + 1;
        return [.. json[..at], .. bad, .. json[at..]];
    }

    [GeneratedRegex(@"\{(?<field>[a-z0-9_.]+)(?<rest>=[^}]*)?\}")]
    private static partial Regex PathVariable();
}
