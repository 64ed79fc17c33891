using System.Text;

namespace GiaLaiIct.ServiceDefaults.Text;

/// <summary>
/// Enum values travel as lower-case snake_case strings (API.md): <c>PostOffice</c> ↔ <c>post_office</c>.
/// </summary>
public static class WireNames
{
    public static string ToWire<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var wire = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                wire.Append('_');
            }
            wire.Append(char.ToLowerInvariant(name[i]));
        }
        return wire.ToString();
    }

    public static bool TryParse<TEnum>(string? wire, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(wire) || wire.Any(char.IsUpper))
        {
            return false;
        }
        return Enum.TryParse(wire.Trim().Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out value)
            && Enum.IsDefined(value)
            && ToWire(value) == wire.Trim();
    }

    public static string AllOf<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(ToWire));
}
