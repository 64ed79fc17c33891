using System.Text;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using static GiaLaiIct.InformationTechnology.Tests.ItHost;

namespace GiaLaiIct.InformationTechnology.Tests;

/// <summary>The IT figures of the seed reports, counted from registry rows built here.</summary>
public sealed class SeedFigureTests
{
    // Seed 003, appendix: units offering level 3 and 4 services at the end of 2017. The 18 provincial rows sit at the
    // province; the district rows at their districts (the last row stands for the 14 other districts together).
    private static readonly (string Agency, string Name, string Unit, int Level3, int Level4)[] Seed003Appendix =
    [
        ("STTTT", "Sở Thông tin và Truyền thông", GiaLai, 16, 1),
        ("SCT", "Sở Công thương", GiaLai, 51, 1),
        ("SKHDT", "Sở Kế hoạch và Đầu tư", GiaLai, 46, 0),
        ("SYT", "Sở Y tế", GiaLai, 22, 2),
        ("CAT", "Công an tỉnh", GiaLai, 36, 0),
        ("SNV", "Sở Nội vụ", GiaLai, 12, 0),
        ("SKHCN", "Sở Khoa học và Công nghệ", GiaLai, 8, 4),
        ("STNMT", "Sở Tài nguyên và Môi trường", GiaLai, 21, 9),
        ("STC", "Sở Tài chính", GiaLai, 1, 2),
        ("SGTVT", "Sở Giao thông Vận tải", GiaLai, 4, 28),
        ("SXD", "Sở Xây dựng", GiaLai, 26, 0),
        ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", GiaLai, 16, 0),
        ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", GiaLai, 13, 1),
        ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", GiaLai, 10, 0),
        ("SGDDT", "Sở Giáo dục và Đào tạo", GiaLai, 4, 0),
        ("STP", "Sở Tư pháp", GiaLai, 2, 15),
        ("BQLKKT", "Ban Quản lý Khu kinh tế tỉnh", GiaLai, 8, 0),
        ("BTDKT", "Ban Thi đua - Khen thưởng tỉnh", GiaLai, 8, 0),
        ("UBND-622", "UBND thành phố Pleiku", "622", 26, 0),
        ("UBND-624", "UBND thị xã Ayun Pa", "624", 36, 0),
        ("UBND-634", "UBND huyện Đak Pơ", "634", 8, 0),
    ];

    private static readonly string[] OtherDistricts = ["623", "625", "626", "627", "628", "629", "630", "631", "632", "633", "635", "637", "638", "639"];

    private static IEnumerable<(string Agency, string Name, string Unit, int Level3, int Level4)> AppendixWithOtherDistricts() =>
        Seed003Appendix.Concat(OtherDistricts.Select((district, i) => ($"UBND-{district}", $"UBND cấp huyện {district}", district, i < 3 ? 3 : 2, 0)));

    [Fact]
    public async Task Seed_003_appendix_imported_sums_to_405_level_3_and_63_level_4_with_101_level_3_in_districts()
    {
        using var host = new ItHost();
        var agencies = new StringBuilder("code,name,kind,unit\n");
        var services = new StringBuilder("code,name,agency_code,agency_name,level,effective_from\n");
        foreach (var (agency, name, unit, level3, level4) in AppendixWithOtherDistricts())
        {
            agencies.Append(agency).Append(',').Append('"').Append(name).Append("\",").Append(unit == GiaLai ? "department" : "district_committee").Append(',').Append(unit).Append('\n');
            for (var i = 0; i < level3 + level4; i++)
            {
                services.Append($"{agency}.{i:D3},Dịch vụ {i} của {agency},{agency},\"{name}\",{(i < level3 ? 3 : 4)},2017-06-01\n");
            }
        }

        var import = await host.ImportClient().ImportFilesAsync(Dataset(false, ("online_services.csv", services.ToString()), ("agencies.csv", agencies.ToString())));
        var districts = OtherDistricts.Concat(["622", "624", "634"]).ToList();
        var atProvince = await host.ComputeAsync("2017", [GiaLai], "IT.DVC.L3", "IT.DVC.L4", "IT.DVC.L12", "IT.DVC.AGENCIES");
        var atDistricts = await host.ComputeAsync("2017", districts, "IT.DVC.L3");
        var before = await host.ComputeAsync("2017M05", [GiaLai], "IT.DVC.L3");

        Assert.Empty(import.Errors);
        Assert.Equal(["online_services.csv", "agencies.csv"], import.Counts.Select(c => c.File));
        Assert.Equal(405 + 63, import.Counts[0].Inserted);
        Assert.Equal(405, Value(atProvince, "IT.DVC.L3", GiaLai));
        Assert.Equal(63, Value(atProvince, "IT.DVC.L4", GiaLai));
        Assert.Equal(0, Value(atProvince, "IT.DVC.L12", GiaLai));
        Assert.Equal(101, districts.Sum(d => Value(atDistricts, "IT.DVC.L3", d)));
        Assert.Equal(26, Value(atDistricts, "IT.DVC.L3", "622"));
        Assert.Equal(36, Value(atDistricts, "IT.DVC.L3", "624"));
        // 18 provincial agencies and the 17 district committees offer level 3 or 4 services.
        Assert.Equal(18 + 17, Value(atProvince, "IT.DVC.AGENCIES", GiaLai));
        Assert.Equal(0, Value(before, "IT.DVC.L3", GiaLai));
    }

    [Fact]
    public async Task Seed_000_one_stop_in_164_of_222_communes_gives_73_87_percent()
    {
        using var host = new ItHost();
        var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = GiaLai })).Units;
        var communes = units.Where(u => u.Level == "commune").Select(u => u.Code).ToList();
        var oneStop = host.OneStopClient();
        foreach (var commune in communes.Take(164))
        {
            await oneStop.CreateDeploymentAsync(new CreateDeploymentRequest { Province = GiaLai, Unit = commune, DeployedOn = "2018-03-01" });
        }
        // A district's and a provincial agency's desks are deployments too, but not communes.
        await host.AgenciesClient().CreateAgencyAsync(new CreateAgencyRequest { Province = GiaLai, Code = "STTTT", Name = "Sở Thông tin và Truyền thông", Kind = "department", Unit = GiaLai, Procedures = 46 });
        await oneStop.CreateDeploymentAsync(new CreateDeploymentRequest { Province = GiaLai, Unit = "622", DeployedOn = "2017-01-01" });
        await oneStop.CreateDeploymentAsync(new CreateDeploymentRequest { Province = GiaLai, Unit = GiaLai, Agency = "STTTT", DeployedOn = "2017-07-13" });

        var values = await host.ComputeAsync("2018", [GiaLai], "IT.ONESTOP.COMMUNES", "IT.ONESTOP.UNITS");
        var earlier = await host.ComputeAsync("2017", [GiaLai], "IT.ONESTOP.COMMUNES");

        Assert.Equal(222, communes.Count);
        Assert.Equal(164, Value(values, "IT.ONESTOP.COMMUNES", GiaLai));
        Assert.Equal("73,87", VietnameseNumber.Display(Value(values, "IT.ONESTOP.COMMUNES", GiaLai) * 100m / communes.Count, 2));
        Assert.Equal(166, Value(values, "IT.ONESTOP.UNITS", GiaLai));
        Assert.Equal((1, 1, 164), (Value(values, "IT.ONESTOP.UNITS", GiaLai, "province"), Value(values, "IT.ONESTOP.UNITS", GiaLai, "district"), Value(values, "IT.ONESTOP.UNITS", GiaLai, "commune")));
        Assert.Equal(0, Value(earlier, "IT.ONESTOP.COMMUNES", GiaLai));
    }

    [Fact]
    public async Task Seed_004_516_services_are_306_at_level_3_and_210_at_level_4_of_1931_procedures()
    {
        using var host = new ItHost();
        await host.AgenciesClient().CreateAgencyAsync(new CreateAgencyRequest { Province = GiaLai, Code = "VP", Name = "Văn phòng UBND tỉnh", Kind = "department", Unit = GiaLai, Procedures = 1931 });
        var services = new StringBuilder("code,name,agency_code,agency_name,level,effective_from\n");
        for (var i = 0; i < 516; i++)
        {
            services.Append($"DV{i:D4},Dịch vụ {i},VP,Văn phòng UBND tỉnh,{(i < 306 ? 3 : 4)},2018-10-01\n");
        }
        await host.ImportClient().ImportFilesAsync(Dataset(false, ("online_services.csv", services.ToString())));

        var values = await host.ComputeAsync("2019Q1", [GiaLai], "IT.DVC.L3", "IT.DVC.L4", "IT.TTHC", "IT.DVC.ADDED");
        var added2018 = await host.ComputeAsync("2018", [GiaLai], "IT.DVC.ADDED");

        Assert.Equal(306, Value(values, "IT.DVC.L3", GiaLai));
        Assert.Equal(210, Value(values, "IT.DVC.L4", GiaLai));
        Assert.Equal(516, Value(values, "IT.DVC.L3", GiaLai) + Value(values, "IT.DVC.L4", GiaLai));
        Assert.Equal(1931, Value(values, "IT.TTHC", GiaLai));
        Assert.Equal("26,72", VietnameseNumber.Display(516 * 100m / Value(values, "IT.TTHC", GiaLai), 2));
        Assert.Equal(0, Value(values, "IT.DVC.ADDED", GiaLai));
        Assert.Equal((516, 306, 210), (Value(added2018, "IT.DVC.ADDED", GiaLai), Value(added2018, "IT.DVC.ADDED", GiaLai, "3"), Value(added2018, "IT.DVC.ADDED", GiaLai, "4")));
    }

    [Fact]
    public async Task Seed_002_157_of_159_dossiers_resolved_on_time_and_2_pending()
    {
        using var host = new ItHost();
        // Hà Tĩnh's department, January to November 2017: 159 dossiers, 157 resolved on time, 2 still in progress.
        var recorded = await host.OneStopClient().RecordDossierCountAsync(new RecordDossierCountRequest
        {
            Province = GiaLai, Unit = GiaLai, Period = "2017M11", Received = 159, Resolved = 157, ResolvedOnTime = 157, ResolvedLate = 0, Pending = 2,
        });

        var values = await host.ComputeAsync("2017", [GiaLai], "IT.DOSSIER.RECEIVED", "IT.DOSSIER.RESOLVED", "IT.DOSSIER.ONTIME", "IT.DOSSIER.PENDING", "IT.DOSSIER.ONLINE");

        Assert.False(recorded.HasReceivedOnline);
        Assert.Equal(159, Value(values, "IT.DOSSIER.RECEIVED", GiaLai));
        Assert.Equal(157, Value(values, "IT.DOSSIER.ONTIME", GiaLai));
        Assert.Equal(2, Value(values, "IT.DOSSIER.PENDING", GiaLai));
        Assert.Equal("100", VietnameseNumber.Display(Value(values, "IT.DOSSIER.ONTIME", GiaLai) * 100m / Value(values, "IT.DOSSIER.RESOLVED", GiaLai), 0));
        Assert.Equal("98,74", VietnameseNumber.Display(Value(values, "IT.DOSSIER.ONTIME", GiaLai) * 100m / Value(values, "IT.DOSSIER.RECEIVED", GiaLai), 2));
        // Nothing recorded online: that part is "no data", not zero.
        Assert.False(values.Values.Single(v => v.Indicator == "IT.DOSSIER.ONLINE").HasData);
        Assert.True(values.Values.Single(v => v.Indicator == "IT.DOSSIER.ONTIME").HasData);
    }

    [Fact]
    public async Task Seed_000_incidents_and_websites_are_counted_by_type_and_owner_kind()
    {
        using var host = new ItHost();
        var incidents = new StringBuilder("id,type,detected_at,handled_at\n");
        for (var i = 0; i < 150 + 1370; i++)
        {
            incidents.Append($"SC{i:D4},{(i < 150 ? "exploit" : "ddos")},2018-0{1 + i % 9}-10,2018-0{1 + i % 9}-10T15:30\n");
        }
        incidents.Append("SC-OPEN,malware,2018-12-30T08:00,\n");
        incidents.Append("SC-2019,malware,2018-12-31T22:00,2019-01-01T01:00+07:00\n");
        // Seed 000: 15 party, 78 state, 483 enterprise, 1 press websites.
        var websites = new StringBuilder("domain,owner_kind,owner_name,registered_on\n");
        foreach (var (kind, count) in (ReadOnlySpan<(string, int)>)[("party", 15), ("state", 78), ("enterprise", 483), ("press", 1)])
        {
            for (var i = 0; i < count; i++)
            {
                var suffix = kind == "state" ? "gialai.gov.vn" : "vn";
                websites.Append($"{kind}{i}.{suffix},{kind},Chủ sở hữu {i},{(i % 2 == 0 ? "2018-05-01" : "2016-05-01")}\n");
            }
        }

        var import = await host.ImportClient().ImportFilesAsync(Dataset(false, ("incidents.csv", incidents.ToString()), ("websites.csv", websites.ToString())));
        var values = await host.ComputeAsync("2018", [GiaLai], "IT.INCIDENTS", "IT.WEBSITES", "IT.DOMAINS.GOVVN");

        Assert.Empty(import.Errors);
        Assert.Equal(1520, Value(values, "IT.INCIDENTS", GiaLai));
        Assert.Equal((150, 1370, 0), (Value(values, "IT.INCIDENTS", GiaLai, "exploit"), Value(values, "IT.INCIDENTS", GiaLai, "ddos"), Value(values, "IT.INCIDENTS", GiaLai, "malware")));
        Assert.Equal(577, Value(values, "IT.WEBSITES", GiaLai));
        Assert.Equal((15, 78, 483, 1), (Value(values, "IT.WEBSITES", GiaLai, "party"), Value(values, "IT.WEBSITES", GiaLai, "state"), Value(values, "IT.WEBSITES", GiaLai, "enterprise"), Value(values, "IT.WEBSITES", GiaLai, "press")));
        // Half the state sites (the even ones) were registered in 2018 under gialai.gov.vn.
        Assert.Equal(39, Value(values, "IT.DOMAINS.GOVVN", GiaLai));
    }
}
