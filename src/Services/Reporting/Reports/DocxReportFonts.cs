using DocumentFormat.OpenXml.Wordprocessing;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// The font table of a rendered report. It describes the font the styles name (a proportional serif of the
/// Times family), so a reader without Times New Roman substitutes a serif of similar shape instead of its
/// default sans font.
/// </summary>
internal static class DocxReportFonts
{
    public static Fonts Create() => new(
        new Font(
            new Panose1Number { Val = "02020603050405020304" },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        {
            Name = DocxReportStyles.FontName,
        });
}
