using System.Reflection;
using System.Runtime.Serialization;
using System.Text;

namespace GiaLaiIct.Contracts.Text;

/// <summary>
/// Enum values travel as lower-case snake_case strings (API.md): <c>PostOffice</c> ↔ <c>post_office</c>.
/// A value whose wire form is not its name (a radio technology is <c>4G</c>) says so with <see cref="EnumMemberAttribute"/>.
/// </summary>
public static class WireNames
{
    public static string ToWire<TEnum>(TEnum value) where TEnum : struct, Enum =>
        WireForms<TEnum>.ByValue.TryGetValue(value, out var wire) ? wire : SnakeCase(value.ToString());

    /// <summary>Parses the exact wire form (case and underscores included); anything else is unknown.</summary>
    public static bool TryParse<TEnum>(string? wire, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return wire is not null && WireForms<TEnum>.ByWire.TryGetValue(wire.Trim(), out value);
    }

    public static string AllOf<TEnum>() where TEnum : struct, Enum => string.Join(", ", WireForms<TEnum>.ByValue.Values);

    private static string SnakeCase(string name)
    {
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

    /// <summary>Both directions of one enum's wire forms, built once per enum type.</summary>
    private static class WireForms<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().ToDictionary(
            value => value,
            value => typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? SnakeCase(value.ToString()));

        public static readonly IReadOnlyDictionary<string, TEnum> ByWire =
            ByValue.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
