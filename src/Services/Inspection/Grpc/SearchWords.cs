using GiaLaiIct.ServiceDefaults.Text;

namespace GiaLaiIct.Inspection.Grpc;

internal static class SearchWords
{
    /// <summary>The search words as folded texts are stored; null when there is nothing to search.</summary>
    public static string? Fold(string? words) =>
        string.IsNullOrWhiteSpace(words) ? null : VietnameseText.Fold(VietnameseText.Normalize(words)!);

    /// <summary>NFC text, trimmed; null when empty.</summary>
    public static string? Text(string? value) => VietnameseText.Normalize(value) is { Length: > 0 } text ? text.Trim() : null;
}
