using GiaLaiIct.ServiceDefaults.Text;

namespace GiaLaiIct.PressPublishing.Grpc;

internal static class NameSearch
{
    /// <summary>The search words as folded names are stored ("Báo Gia Lai" → "bao gia lai"); null when there is nothing to search.</summary>
    public static string? Fold(string? words) =>
        string.IsNullOrWhiteSpace(words) ? null : VietnameseText.Fold(VietnameseText.Normalize(words)!);
}
