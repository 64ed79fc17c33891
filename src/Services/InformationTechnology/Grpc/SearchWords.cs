using GiaLaiIct.ServiceDefaults.Text;

namespace GiaLaiIct.InformationTechnology.Grpc;

internal static class SearchWords
{
    /// <summary>The search words as folded names are stored ("Sở Tư pháp" → "so tu phap"); null when there is nothing to search.</summary>
    public static string? Fold(string? words) =>
        string.IsNullOrWhiteSpace(words) ? null : VietnameseText.Fold(VietnameseText.Normalize(words)!);
}
