using System.Globalization;

namespace GiaLaiIct.Contracts.Text;

/// <summary>
/// Exact figures written as text, as the dataset files and the API take them: invariant, optional sign and
/// decimal point, no thousands separator or exponent, so "89.14" stays exactly 89.14 (a double would not).
/// </summary>
public static class DecimalText
{
    public static string NotANumber(string? text) => $"'{text}' is not a number (write 1298982 or 89.14: no thousands separator, '.' before decimals)";

    public static bool TryParse(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>The figure without trailing zeros ("120.5", "35949"): what the databases keep of it.</summary>
    public static string ToWire(decimal value) => WithoutTrailingZeros(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same number at the smallest scale that holds it: 120.50 becomes 120.5, 35949.0 becomes 35949.</summary>
    public static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;
}
