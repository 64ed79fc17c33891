using System.Globalization;
using System.Text.Json;
using Google.Protobuf.Reflection;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.ServiceKit.Http;

/// <summary>
/// Checks a JSON request body against the protobuf message it will be read into, and names every
/// field whose value has the wrong type or that the message does not have. The transcoder's own
/// reader stops at the first bad value without saying which field held it.
/// </summary>
public static class JsonBodyShapeValidator
{
    public static IReadOnlyList<(string Field, string Problem)> Validate(JsonElement body, MessageDescriptor message)
    {
        var problems = new List<(string, string)>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add(("", $"the body must be a JSON object (got {Describe(body.ValueKind)})"));
            return problems;
        }
        CheckMessage(body, message, prefix: "", problems);
        return problems;
    }

    private static void CheckMessage(JsonElement value, MessageDescriptor message, string prefix, List<(string, string)> problems)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (!IsText(property))
            {
                problems.Add((prefix, "holds a property name that is not Unicode text (a lone surrogate escape such as \\ud800)"));
                continue;
            }
            var field = message.FindFieldByName(property.Name)
                ?? message.Fields.InDeclarationOrder().FirstOrDefault(candidate => candidate.JsonName == property.Name);
            var path = prefix + property.Name;
            if (field is null)
            {
                problems.Add((path, $"is not a field of {message.Name}"));
                continue;
            }
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            if (field.IsMap)
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add((path, $"must be a JSON object (got {Describe(property.Value.ValueKind)})"));
                }
                continue;
            }
            if (field.IsRepeated)
            {
                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add((path, $"must be a JSON array (got {Describe(property.Value.ValueKind)})"));
                    continue;
                }
                var index = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    CheckValue(item, field, $"{path}[{index++}]", problems);
                }
                continue;
            }
            CheckValue(property.Value, field, path, problems);
        }
    }

    private static void CheckValue(JsonElement value, FieldDescriptor field, string path, List<(string, string)> problems)
    {
        var problem = field.FieldType switch
        {
            FieldType.String or FieldType.Bytes when value.ValueKind == JsonValueKind.String =>
                TryGetText(value) is null ? "must be Unicode text: it holds a lone surrogate escape such as \\ud800" : null,
            FieldType.String or FieldType.Bytes => "must be a string",
            FieldType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false",
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => IsInteger(value, int.MinValue, int.MaxValue),
            FieldType.UInt32 or FieldType.Fixed32 => IsInteger(value, 0, uint.MaxValue),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => IsInteger(value, long.MinValue, long.MaxValue),
            FieldType.UInt64 or FieldType.Fixed64 => IsInteger(value, 0, ulong.MaxValue),
            FieldType.Double or FieldType.Float => IsNumber(value),
            FieldType.Enum => value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? null : "must be a string",
            FieldType.Message => CheckNested(value, field, path, problems),
            _ => null,
        };
        if (problem is not null)
        {
            problems.Add((path, $"{problem} (got {Describe(value)})"));
        }
    }

    private static string? CheckNested(JsonElement value, FieldDescriptor field, string path, List<(string, string)> problems)
    {
        // Well-known types have their own JSON forms (strings for Timestamp, bare values for wrappers).
        if (field.MessageType.File.Package == "google.protobuf")
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            return "must be a JSON object";
        }
        CheckMessage(value, field.MessageType, path + ".", problems);
        return null;
    }

    private static string? IsInteger(JsonElement value, decimal min, decimal max)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            // Proto3 JSON writes 64-bit integers as strings, so strings of digits are accepted.
            JsonValueKind.String => TryGetText(value),
            _ => null,
        };
        if (text is null || !decimal.TryParse(text, NumberStyles.Integer | NumberStyles.AllowExponent | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number != decimal.Truncate(number))
        {
            return "must be a whole number";
        }
        return number < min || number > max ? $"must be between {min} and {max}" : null;
    }

    private static string? IsNumber(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => null,
        JsonValueKind.String when double.TryParse(TryGetText(value), NumberStyles.Float, CultureInfo.InvariantCulture, out _) => null,
        _ => "must be a number",
    };

    /// <summary>The string's text, or null when its escapes do not make Unicode text (a lone surrogate).</summary>
    private static string? TryGetText(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsText(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Echoes at most a short prefix of the value: a client's megabyte comes back as a few dozen characters.
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => TryGetText(value) is { } text ? $"\"{(text.Length > 40 ? text[..40] + "…" : text)}\"" : "text that is not Unicode",
        JsonValueKind.Number => value.GetRawText() is { Length: > 40 } raw ? raw[..40] + "…" : value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => Describe(value.ValueKind),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
