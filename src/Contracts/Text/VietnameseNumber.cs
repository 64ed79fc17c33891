using System.Globalization;

namespace GiaLaiIct.Contracts.Text;

/// <summary>
/// Numbers as Vietnamese reports print them: <c>.</c> between thousands, <c>,</c> before decimals
/// (<c>1.298.982</c>, <c>89,14</c>). Values are kept exact and rounded only here, half away from zero.
/// </summary>
public static class VietnameseNumber
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static string Display(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Format);
    }
}
