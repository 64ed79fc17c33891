using GiaLaiIct.ServiceDefaults.Text;

namespace GiaLaiIct.PostsTelecom.Grpc;

internal static class NameSearch
{
    /// <summary>The search words as folded names are stored ("Chư Păh" → "chu pah"); null when there is nothing to search.</summary>
    public static string? Fold(string? words) =>
        string.IsNullOrWhiteSpace(words) ? null : VietnameseText.Fold(VietnameseText.Normalize(words)!);
}
