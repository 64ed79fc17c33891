using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace GiaLaiIct.Contracts.Text;

/// <summary>
/// The values an enumerated field or column takes (a kind, a status, a technology, an operator …), matched the
/// way people write them: by code or by any common name, ignoring case, diacritics and the separators space,
/// '-' and '_'. So <c>4g</c> is <c>4G</c>, <c>Post office</c> is <c>post_office</c>, <c>Bưu điện</c> is
/// <c>VNPOST</c>. Build one per set of values and match many times; <see cref="EnumeratedValues.Of{TEnum}"/>
/// gives the one of an enum (its wire names, <see cref="WireNames"/>). Use it through
/// <c>FieldViolations.Enum</c>/<c>Match</c> for requests and <c>DatasetRow.Enum</c>/<c>Match</c> for dataset cells.
/// </summary>
/// <typeparam name="T">What a match answers: an enum value, or a canonical code.</typeparam>
public sealed class EnumeratedValues<T>
{
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);

    /// <param name="codes">Each value's code, as answered to clients and listed in errors.</param>
    /// <param name="names">Other ways of writing a value. A name that two values share matches neither (codes win over names).</param>
    public EnumeratedValues(IEnumerable<(string Code, T Value)> codes, IEnumerable<(string Name, T Value)>? names = null)
    {
        var codeList = codes.ToList();
        Codes = codeList.Select(c => c.Code).ToList();
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in names ?? [])
        {
            var key = EnumeratedValues.Key(name);
            if (key.Length == 0 || ambiguous.Contains(key))
            {
                continue;
            }
            if (_byKey.TryGetValue(key, out var other) && !EqualityComparer<T>.Default.Equals(other, value))
            {
                _byKey.Remove(key);
                ambiguous.Add(key);
                continue;
            }
            _byKey[key] = value;
        }
        foreach (var (code, value) in codeList)
        {
            _byKey[EnumeratedValues.Key(code)] = value;
        }
    }

    /// <summary>The codes, in the order given.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The value <paramref name="text"/> stands for; false for empty or unknown text.</summary>
    public bool TryMatch(string? text, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        return text is not null && _byKey.TryGetValue(EnumeratedValues.Key(text), out value);
    }

    /// <summary>The message for text that matches no value: it lists the known codes.</summary>
    public string Unknown(string text) => $"'{text}' is not one of: {string.Join(", ", Codes)}";
}

/// <summary>The matchers of enums, one per enum type.</summary>
public static class EnumeratedValues
{
    /// <summary>The matcher of <typeparamref name="TEnum"/>'s wire names, built once per enum.</summary>
    public static EnumeratedValues<TEnum> Of<TEnum>() where TEnum : struct, Enum => Matcher<TEnum>.Instance;

    private static class Matcher<TEnum> where TEnum : struct, Enum
    {
        public static readonly EnumeratedValues<TEnum> Instance = new(
            Enum.GetValues<TEnum>().Select(value => (WireNames.ToWire(value), value)));
    }

    /// <summary>What two spellings of one value have in common: folded (lower case, no diacritics), separators dropped.</summary>
    public static string Key(string text)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text) ?? string.Empty);
        var key = new StringBuilder(folded.Length);
        foreach (var character in folded)
        {
            if (character is not (' ' or '-' or '_'))
            {
                key.Append(character);
            }
        }
        return key.ToString();
    }
}
