using System.Globalization;
using System.Text;

namespace GiaLaiIct.Contracts.Text;

/// <summary>
/// Text rules for Vietnamese names: stored in NFC, searched through a folded copy
/// without diacritics so that "Chu Pah" finds "Chư Păh".
/// </summary>
public static class VietnameseText
{
    /// <summary>Trims and composes to NFC; null stays null.</summary>
    public static string? Normalize(string? text) =>
        text?.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>A search's words as the folded copies are stored ("Chư Păh" → "chu pah"); null when there is nothing to search.</summary>
    public static string? FoldSearchWords(string? words) =>
        string.IsNullOrWhiteSpace(words) ? null : Fold(Normalize(words)!);

    /// <summary>Lower case, diacritics removed (đ → d), runs of white space folded to one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(character))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            folded.Append(character switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(character),
            });
        }
        return folded.ToString().TrimEnd();
    }
}
