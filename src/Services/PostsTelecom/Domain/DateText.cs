using System.Globalization;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>Dates in the rules' messages, written as the wire writes them.</summary>
internal static class DateText
{
    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
