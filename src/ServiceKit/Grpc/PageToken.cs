using System.Buffers.Text;
using System.Text.Json;

namespace GiaLaiIct.ServiceKit.Grpc;

/// <summary>
/// The page token of a listing ordered by a composite key: the last key of the previous page, opaque to the
/// client (base64url of its JSON), so the next page starts right after it even when rows were added meanwhile.
/// </summary>
public static class PageToken
{
    public static string Write<TKey>(TKey lastKey) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(lastKey));

    /// <summary>The key a token carries; null for no token, or after recording a violation for one this service did not write.</summary>
    public static TKey? Read<TKey>(FieldViolations violations, string field, string? token) where TKey : class
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            if (JsonSerializer.Deserialize<TKey>(Base64Url.DecodeFromChars(token)) is { } key)
            {
                return key;
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException or NotSupportedException)
        {
        }
        violations.Add(field, "is not a page token of this listing: pass nextPageToken of the previous page unchanged");
        return null;
    }
}
