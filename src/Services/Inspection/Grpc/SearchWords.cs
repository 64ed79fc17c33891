using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Inspection.Grpc;

internal static class SearchWords
{
    /// <summary>NFC text, trimmed; null when empty.</summary>
    public static string? Text(string? value) => VietnameseText.Normalize(value) is { Length: > 0 } text ? text.Trim() : null;
}
