using System.Globalization;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// The times of an incident as files and requests write them: a date (the start of that day) or a date-time,
/// in Vietnam time unless an offset or Z says otherwise; kept as Vietnam local time.
/// </summary>
public static class IncidentTime
{
    public const string Formats = "yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss] (Vietnam time unless an offset or Z is given)";
    public const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss";

    private static readonly string[] LocalFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public static bool TryParse(string text, out DateTime local)
    {
        var value = text.Trim();
        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            return true;
        }
        if (DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            local = DateTime.SpecifyKind(instant.ToOffset(VietnamTime.Offset).DateTime, DateTimeKind.Unspecified);
            return true;
        }
        local = default;
        return false;
    }

    public static string NotATime(string text) => $"'{text}' is not a time: {Formats}";

    public static string ToWire(DateTime local) => local.ToString(WireFormat, CultureInfo.InvariantCulture);

    /// <summary>The first moment of <paramref name="day"/>, for comparing stored times with dates.</summary>
    public static DateTime StartOf(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
