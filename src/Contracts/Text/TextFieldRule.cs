namespace GiaLaiIct.Contracts.Text;

/// <summary>
/// The one rule for text that arrives from clients, whatever the route (gRPC message, JSON body, path, query,
/// dataset cell): no NUL or other control character, and a length cap by what the field is, so that an
/// identifier of a megabyte is refused at the edge instead of being stored, looked up or echoed back.
/// Identifiers, names and categories are one line; only free-text fields may hold tabs and line breaks.
/// </summary>
public static class TextFieldRule
{
    public const int MaxIdentifierLength = 100;
    public const int MaxPageTokenLength = 2048;
    public const int MaxLineLength = 4000;
    public const int MaxParagraphLength = 20_000;

    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal) { "content", "reason", "message", "description", "note", "notes" };

    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal)
    {
        "name", "title", "holder", "agency_name", "issuer", "owner", "q", "coordinators", "measure_unit", "lead", "changed_by", "rule", "value",
    };

    /// <summary>Why the value is refused for the field (snake_case or camelCase name), or null when it passes.</summary>
    public static string? Problem(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        var name = SnakeCase(field);
        var (maxLength, multiLine) = Paragraphs.Contains(name) ? (MaxParagraphLength, true)
            : Lines.Contains(name) ? (MaxLineLength, false)
            : name.EndsWith("page_token", StringComparison.Ordinal) ? (MaxPageTokenLength, false)
            : (MaxIdentifierLength, false);
        return value.Length > maxLength
            ? $"must be at most {maxLength} characters (got {value.Length})"
            : CharacterProblem(value, multiLine);
    }

    /// <summary>
    /// Why a dataset cell or form value is refused for its column (no length cap: the file's own limits apply), or
    /// null. A quoted CSV cell may span lines (RFC 4180), so only identifier columns must be one line.
    /// </summary>
    public static string? CharacterProblem(string column, string? value)
    {
        var name = SnakeCase(column);
        return string.IsNullOrEmpty(value) ? null : CharacterProblem(value, multiLine: Paragraphs.Contains(name) || Lines.Contains(name));
    }

    private static string? CharacterProblem(string value, bool multiLine)
    {
        for (var index = 0; index < value.Length; index++)
        {
            var c = value[index];
            if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                index++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                return $"holds a lone surrogate (U+{(int)c:X4}) at position {index + 1}: it is not Unicode text";
            }
            if (char.IsControl(c) && !(multiLine && c is '\t' or '\r' or '\n'))
            {
                return $"must not hold control characters (U+{(int)c:X4} at position {index + 1})";
            }
            // Noncharacters are no text either, and Unicode normalization (NFC) refuses them.
            if (c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF')
            {
                return $"holds U+{(int)c:X4} at position {index + 1}, which is not a character";
            }
        }
        return null;
    }

    private static string SnakeCase(string field)
    {
        var last = field.LastIndexOf('.');
        var name = last >= 0 ? field[(last + 1)..] : field;
        if (!name.Any(char.IsUpper))
        {
            return name;
        }
        var snake = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                if (snake.Length > 0)
                {
                    snake.Append('_');
                }
                snake.Append(char.ToLowerInvariant(c));
            }
            else
            {
                snake.Append(c);
            }
        }
        return snake.ToString();
    }
}
