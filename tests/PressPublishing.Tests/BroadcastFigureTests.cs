using System.Globalization;
using System.Text;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>Seed 000's broadcasting of 2018: the provincial station's hours and language parts, and the district stations', against plan.</summary>
public sealed class BroadcastFigureTests
{
    private const string GiaLai = PressHost.GiaLai;
    private const string Station = "Đài Phát thanh - Truyền hình Gia Lai";

    public static TheoryData<string, long, long, string> DistrictTotals => new()
    {
        // medium, hours, plan, % of plan as the seed prints it (rounded to 2 decimals)
        { "radio", 153623, 105366, "145,80" },
        { "tv", 154854, 164127, "94,35" },
    };

    [Fact]
    public async Task Provincial_and_district_hours_with_their_language_parts_reproduce_the_seed()
    {
        using var host = new PressHost();
        var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = GiaLai })).Units;
        var districts = units.Where(u => u.Level == "district").Select(u => u.Code).ToList();
        var rows = new StringBuilder("station,medium,period,language,unit,hours,plan_hours\n");
        rows.AppendLine($"{Station},radio,2018,,64,13505,13500");
        rows.AppendLine($"{Station},radio,2018,jrai,64,456,456");
        rows.AppendLine($"{Station},radio,2018,bahnar,64,456,456");
        rows.AppendLine($"{Station},tv,2018,,64,41336,41000");
        rows.AppendLine($"{Station},tv,2018,jrai,64,365,365");
        rows.AppendLine($"{Station},tv,2018,bahnar,64,365,365");
        foreach (var row in DistrictTotals)
        {
            var (medium, hours, plan) = ((string)row[0], (long)row[1], (long)row[2]);
            // Spread over the districts, the remainder on the first: the districts' sum is the seed's figure.
            for (var i = 0; i < districts.Count; i++)
            {
                var share = hours / districts.Count + (i == 0 ? hours % districts.Count : 0);
                var planShare = plan / districts.Count + (i == 0 ? plan % districts.Count : 0);
                rows.AppendLine(CultureInfo.InvariantCulture, $"Đài huyện {districts[i]},{medium},2018,,{districts[i]},{share},{planShare}");
            }
        }
        await host.ImportAsync(("broadcasts.csv", rows.ToString()));

        string[] codes = ["BROADCAST.HOURS", "BROADCAST.HOURS.PLAN", "BROADCAST.LANGUAGE.RADIO", "BROADCAST.LANGUAGE.TV"];
        var province = await host.ComputeAsync("2018", [GiaLai], codes);
        var byDistrict = await host.ComputeAsync("2018", districts, codes);
        long DistrictSum(string code, string category) => districts.Sum(d => PressHost.Value(byDistrict, code, d, category));
        long Provincial(string code, string category) => PressHost.Value(province, code, GiaLai, category) - DistrictSum(code, category);
        static string Percent(long actual, long plan) => VietnameseNumber.Display(actual * 100m / plan, 2);

        // Đài tỉnh: radio 13.505 h, 100,04 % of plan, of which Jrai 456 and Bahnar 456 (100 %); TV 41.336 h, 100,82 %.
        Assert.Equal(13505, Provincial("BROADCAST.HOURS", "radio"));
        Assert.Equal("100,04", Percent(Provincial("BROADCAST.HOURS", "radio"), Provincial("BROADCAST.HOURS.PLAN", "radio")));
        Assert.Equal(41336, Provincial("BROADCAST.HOURS", "tv"));
        Assert.Equal("100,82", Percent(Provincial("BROADCAST.HOURS", "tv"), Provincial("BROADCAST.HOURS.PLAN", "tv")));
        Assert.Equal(456, PressHost.Value(province, "BROADCAST.LANGUAGE.RADIO", GiaLai, "jrai"));
        Assert.Equal(456, PressHost.Value(province, "BROADCAST.LANGUAGE.RADIO", GiaLai, "bahnar"));
        Assert.Equal(912, PressHost.Value(province, "BROADCAST.LANGUAGE.RADIO", GiaLai));
        Assert.Equal(365, PressHost.Value(province, "BROADCAST.LANGUAGE.TV", GiaLai, "jrai"));
        Assert.Equal(730, PressHost.Value(province, "BROADCAST.LANGUAGE.TV", GiaLai));
        Assert.Equal(0, DistrictSum("BROADCAST.LANGUAGE.RADIO", string.Empty));
        foreach (var row in DistrictTotals)
        {
            var medium = (string)row[0];
            Assert.Equal((long)row[1], DistrictSum("BROADCAST.HOURS", medium));
            Assert.Equal((string)row[3], Percent(DistrictSum("BROADCAST.HOURS", medium), DistrictSum("BROADCAST.HOURS.PLAN", medium)));
        }
        // The province's total is every station's, medium by medium.
        Assert.Equal(13505 + 153623, PressHost.Value(province, "BROADCAST.HOURS", GiaLai, "radio"));
        Assert.Equal(13505 + 153623 + 41336 + 154854, PressHost.Value(province, "BROADCAST.HOURS", GiaLai));
    }

    [Theory]
    [InlineData("2018", 4000)]
    [InlineData("2018H1", 2000)]
    [InlineData("2018Q3", 1000)]
    [InlineData("2018M9", 3000)]
    [InlineData("2018M03", 0)]
    public async Task Quarterly_rows_add_up_to_the_periods_holding_them(string period, long expected)
    {
        using var host = new PressHost();
        await host.ImportAsync(("broadcasts.csv", """
            station,medium,period,language,unit,hours,plan_hours
            Đài truyền thanh Pleiku,radio,2018Q1,,622,1000,
            Đài truyền thanh Pleiku,radio,2018Q2,,622,1000,
            Đài truyền thanh Pleiku,radio,2018Q3,,622,1000,
            Đài truyền thanh Pleiku,radio,2018Q4,,622,1000,
            """));

        var values = await host.ComputeAsync(period, [GiaLai], "BROADCAST.HOURS");

        Assert.Equal(expected, PressHost.Value(values, "BROADCAST.HOURS", GiaLai, "radio"));
    }

    [Fact]
    public async Task A_row_of_the_asked_period_itself_wins_over_its_parts()
    {
        using var host = new PressHost();
        await host.ImportAsync(("broadcasts.csv", """
            station,medium,period,unit,hours
            Đài truyền thanh Pleiku,tv,2018Q1,622,900
            Đài truyền thanh Pleiku,tv,2018M9,622,2800
            Đài truyền thanh Pleiku,tv,2018Q4,622,950
            Đài truyền thanh Pleiku,tv,2018,622,3800
            """));

        var year = await host.ComputeAsync("2018", [GiaLai], "BROADCAST.HOURS");
        var secondHalf = await host.ComputeAsync("2018H2", [GiaLai], "BROADCAST.HOURS");

        Assert.Equal(3800, PressHost.Value(year, "BROADCAST.HOURS", GiaLai));
        Assert.Equal(950, PressHost.Value(secondHalf, "BROADCAST.HOURS", GiaLai));
    }
}
