using System.Globalization;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// The fixed wording of the department's reports (place and date line, Roman section numbers), kept in one
/// place so the Markdown and the Word renderings of a report read the same.
/// </summary>
internal static class VietnameseReportText
{
    public const string AppendixTitle = "Phụ lục: Bảng chỉ tiêu";

    // Prefixes of the official unit names ("Tỉnh Gia Lai", "Thành phố Hà Nội") that the place line leaves out.
    private static readonly string[] ProvincePrefixes = ["Tỉnh ", "Thành phố "];

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>A count as the reports write it: below ten with two digits (03 trường hợp, 06 lớp).</summary>
    public static string TwoDigitCount(decimal value) =>
        value is >= 0 and < 10 ? "0" + VietnameseNumber.Display(value, 0) : VietnameseNumber.Display(value, 0);

    /// <summary>Roman numeral of 1 to 3999, as the reports number their parts (I., II., …).</summary>
    public static string RomanNumeral(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 3999);

        var numeral = new System.Text.StringBuilder();
        foreach (var (value, symbol) in RomanNumerals)
        {
            for (; number >= value; number -= value)
            {
                numeral.Append(symbol);
            }
        }
        return numeral.ToString();
    }

    /// <summary>"ngày 14 tháng 3 năm 2019": the reports write day and month without a leading zero.</summary>
    public static string DatePhrase(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day} tháng {date.Month} năm {date.Year}");

    /// <summary>"Gia Lai, ngày 23 tháng 11 năm 2026", the line under the title of an administrative report.</summary>
    public static string PlaceAndDate(string provinceName, DateOnly date) =>
        $"{PlaceName(provinceName)}, {DatePhrase(date)}";

    /// <summary>"Tỉnh Gia Lai" → "Gia Lai".</summary>
    public static string PlaceName(string provinceName)
    {
        foreach (var prefix in ProvincePrefixes)
        {
            if (provinceName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return provinceName[prefix.Length..];
            }
        }
        return provinceName;
    }

    /// <summary>Heading of the section at <paramref name="index"/> (0-based): "II. Lĩnh vực Bưu chính, Viễn thông".</summary>
    public static string SectionHeading(int index, string title) => $"{RomanNumeral(index + 1)}. {title}";

    /// <summary>A letter's kind as the reports name it (complaint, denunciation, petition, feedback).</summary>
    public static string LetterKind(string kind) => kind switch
    {
        "complaint" => "khiếu nại",
        "denunciation" => "tố cáo",
        "petition" => "kiến nghị",
        "feedback" => "phản ánh",
        _ => kind,
    };
}
