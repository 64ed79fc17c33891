using System.Text;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>
/// The press figures of seed 000 (Gia Lai, 2018) counted from registry rows built here: local press bodies and
/// offices, permits by type, deposit checks, commune radio, communication classes.
/// </summary>
public sealed class PressSeedFigureTests
{
    private const string GiaLai = PressHost.GiaLai;

    [Fact]
    public async Task Four_local_press_bodies_and_24_offices_are_active_at_the_end_of_2018()
    {
        using var host = new PressHost();
        var rows = new StringBuilder("name,kind,unit,started_on,ended_on\n");
        for (var i = 1; i <= 4; i++)
        {
            rows.AppendLine($"Cơ quan báo chí địa phương {i},local_press_agency,,2005-01-01,");
        }
        for (var i = 1; i <= 10; i++)
        {
            rows.AppendLine($"Văn phòng đại diện {i},representative_office,622,2010-01-01,");
        }
        for (var i = 1; i <= 14; i++)
        {
            rows.AppendLine($"Phóng viên thường trú {i},resident_reporter,,2012-06-01,");
        }
        // Neither counts at the end of 2018: one closed during the year, one began in 2019.
        rows.AppendLine("Văn phòng đã đóng,representative_office,,2010-01-01,2018-07-01");
        rows.AppendLine("Tạp chí mới,local_press_agency,,2019-02-01,");
        await host.ImportAsync(("press_organisations.csv", rows.ToString()));

        var values = await host.ComputeAsync("2018", [GiaLai], "PRESS.AGENCIES.LOCAL", "PRESS.OFFICES");
        var pleiku = await host.ComputeAsync("2018", ["622"], "PRESS.OFFICES");
        var in2019 = await host.ComputeAsync("2019", [GiaLai], "PRESS.AGENCIES.LOCAL", "PRESS.OFFICES");

        Assert.Equal("04", PressHost.Value(values, "PRESS.AGENCIES.LOCAL", GiaLai).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(24, PressHost.Value(values, "PRESS.OFFICES", GiaLai));
        Assert.Equal(10, PressHost.Value(values, "PRESS.OFFICES", GiaLai, "representative_office"));
        Assert.Equal(14, PressHost.Value(values, "PRESS.OFFICES", GiaLai, "resident_reporter"));
        Assert.Equal(10, PressHost.Value(pleiku, "PRESS.OFFICES", "622"));
        Assert.Equal(5, PressHost.Value(in2019, "PRESS.AGENCIES.LOCAL", GiaLai));
        Assert.Equal(24, PressHost.Value(in2019, "PRESS.OFFICES", GiaLai));
    }

    [Fact]
    public async Task Wireless_stations_in_154_of_222_communes_give_69_37_percent()
    {
        using var host = new PressHost();
        var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = GiaLai })).Units;
        var communes = units.Where(u => u.Level == "commune").Select(u => u.Code).ToList();
        var rows = new StringBuilder("unit,kind,status,installed_on\n");
        for (var i = 0; i < communes.Count; i++)
        {
            // 154 working wireless stations; then broken wireless ones, wired ones, one installed in 2019, none.
            var row = i switch
            {
                < 154 => "wireless,active,2017-05-01",
                < 170 => "wireless,broken,2016-01-01",
                < 200 => "wired,active,2010-01-01",
                200 => "wireless,active,2019-01-10",
                _ => null,
            };
            if (row is not null)
            {
                rows.AppendLine($"{communes[i]},{row}");
            }
        }
        await host.ImportAsync(("commune_radio.csv", rows.ToString()));

        var values = await host.ComputeAsync("2018", [GiaLai], "PRESS.COMMUNE_RADIO");
        var districts = units.Where(u => u.Level == "district").Select(u => u.Code).ToList();
        var byDistrict = await host.ComputeAsync("2018", districts, "PRESS.COMMUNE_RADIO");

        var radio = PressHost.Value(values, "PRESS.COMMUNE_RADIO", GiaLai);
        Assert.Equal(222, communes.Count);
        Assert.Equal(154, radio);
        Assert.Equal("69,37", VietnameseNumber.Display(radio * 100m / communes.Count, 2));
        Assert.Equal(154, districts.Sum(d => PressHost.Value(byDistrict, "PRESS.COMMUNE_RADIO", d)));
    }

    public static TheoryData<string, string, int> PermitsOf2018 => new()
    {
        // Seed 000, 2018: 09 general websites, 153 non-commercial publications, 01 printing licence,
        // 02 distribution registrations, 08 newsletters, 04 press conferences.
        { "general_website", "2018-04-10", 9 },
        { "noncommercial_publication", "2018-06-01", 153 },
        { "printing", "2018-09-20", 1 },
        { "distribution_registration", "2018-11-05", 2 },
        { "newsletter", "2018-02-14", 8 },
        { "press_conference", "2018-12-01", 4 },
    };

    [Fact]
    public async Task Permits_deposit_checks_and_classes_of_2018_count_as_the_seed_reports_them()
    {
        using var host = new PressHost();
        var licences = new StringBuilder("number,type,holder,unit,issued_on,expires_on,status\n");
        var n = 0;
        foreach (var row in PermitsOf2018)
        {
            var (type, issuedOn, count) = ((string)row[0], (string)row[1], (int)row[2]);
            for (var i = 0; i < count; i++)
            {
                licences.AppendLine($"{++n}/GP-STTTT,{type},Đơn vị {n},622,{issuedOn},,issued");
            }
        }
        // Issued in 2017 and revoked later: not a permit of 2018.
        licences.AppendLine("9999/GP-STTTT,general_website,Công ty cũ,622,2017-12-31,,revoked");
        var checks = new StringBuilder("id,checked_on,title,result\n");
        for (var i = 1; i <= 120; i++)
        {
            checks.AppendLine($"LC-{i:D3},2018-{1 + i % 12:D2}-10,Tài liệu không kinh doanh {i},{(i % 40 == 0 ? "violation" : "compliant")}");
        }
        const string work = """
            id,kind,topic,title,held_on,unit,quantity,trainees
            GN-01,class,poverty_reduction,Tập huấn giảm nghèo về thông tin,2018-08-15,64,6,404
            KN-01,class,general,Bồi dưỡng kỹ năng truyền thông cho cán bộ lãnh đạo,2018-05-20,64,2,0
            """;
        await host.ImportAsync(("licences.csv", licences.ToString()), ("deposit_checks.csv", checks.ToString()), ("communication_work.csv", work));

        var values = await host.ComputeAsync("2018", [GiaLai], "PRESS.PERMITS", "PRESS.DEPOSIT.CHECKS", "PRESS.COMM.CLASSES", "PRESS.COMM.TRAINEES");

        foreach (var row in PermitsOf2018)
        {
            Assert.Equal((int)row[2], PressHost.Value(values, "PRESS.PERMITS", GiaLai, (string)row[0]));
        }
        Assert.Equal(177, PressHost.Value(values, "PRESS.PERMITS", GiaLai));
        Assert.Equal(0, PressHost.Value(values, "PRESS.PERMITS", GiaLai, "publication_import"));
        Assert.Equal(120, PressHost.Value(values, "PRESS.DEPOSIT.CHECKS", GiaLai));
        Assert.Equal(3, PressHost.Value(values, "PRESS.DEPOSIT.CHECKS", GiaLai, "violation"));
        Assert.Equal(6, PressHost.Value(values, "PRESS.COMM.CLASSES", GiaLai, "poverty_reduction"));
        Assert.Equal(404, PressHost.Value(values, "PRESS.COMM.TRAINEES", GiaLai, "poverty_reduction"));
        Assert.Equal(8, PressHost.Value(values, "PRESS.COMM.CLASSES", GiaLai));
    }

    [Theory]
    [InlineData("2018Q1", 1)]
    [InlineData("2018", 1)]
    [InlineData("2018H1", 1)]
    [InlineData("2018M03", 1)]
    [InlineData("2018M9", 1)]
    [InlineData("2018Q2", 0)]
    [InlineData("2018M04", 0)]
    [InlineData("2017", 0)]
    public async Task A_permit_issued_in_March_counts_in_the_periods_holding_March_only(string period, long expected)
    {
        using var host = new PressHost();
        await host.Permits().CreatePermitAsync(new V1.CreatePermitRequest
        {
            Province = GiaLai, Number = "12/GP-STTTT", Type = "newsletter", Holder = "Hội Nông dân tỉnh", Unit = "64", AppliedOn = "2018-02-20", IssuedOn = "2018-03-28",
        });

        var values = await host.ComputeAsync(period, [GiaLai], "PRESS.PERMITS");

        Assert.Equal(expected, PressHost.Value(values, "PRESS.PERMITS", GiaLai));
        Assert.Equal(expected, PressHost.Value(values, "PRESS.PERMITS", GiaLai, "newsletter"));
        Assert.True(values.Values.All(v => v.HasData));
    }
}
