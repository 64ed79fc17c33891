extern alias service;

using service::GiaLaiIct.Reporting.Reports;

namespace GiaLaiIct.Reporting.Tests.Reports;

public sealed class VietnameseReportTextTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(2, "II")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(13, "XIII")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(1999, "MCMXCIX")]
    public void Roman_numerals_number_the_sections(int number, string expected) =>
        Assert.Equal(expected, VietnameseReportText.RomanNumeral(number));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4000)]
    public void A_number_with_no_roman_numeral_is_refused(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseReportText.RomanNumeral(number));

    [Theory]
    [InlineData(2019, 3, 14, "ngày 14 tháng 3 năm 2019")]
    [InlineData(2026, 11, 23, "ngày 23 tháng 11 năm 2026")]
    [InlineData(2018, 1, 5, "ngày 5 tháng 1 năm 2018")]
    [InlineData(2020, 12, 31, "ngày 31 tháng 12 năm 2020")]
    public void Dates_are_written_without_leading_zeros(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseReportText.DatePhrase(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("Tỉnh Gia Lai", "Gia Lai, ngày 14 tháng 3 năm 2019")]
    [InlineData("Tỉnh Hà Tĩnh", "Hà Tĩnh, ngày 14 tháng 3 năm 2019")]
    [InlineData("Thành phố Hà Nội", "Hà Nội, ngày 14 tháng 3 năm 2019")]
    [InlineData("Gia Lai", "Gia Lai, ngày 14 tháng 3 năm 2019")]
    public void The_place_line_names_the_province_without_its_unit_type(string provinceName, string expected) =>
        Assert.Equal(expected, VietnameseReportText.PlaceAndDate(provinceName, new DateOnly(2019, 3, 14)));
}
