extern alias service;

using service::GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.V1;

namespace GiaLaiIct.Reporting.Tests;

public sealed class ReferenceUnitsTests
{
    // Figures from the statistics-office list in shared/data (its README states them).
    [Theory]
    [InlineData("64", 17, 222, 184, 24, 14)]
    [InlineData("42", 13, 262, -1, -1, -1)]
    public async Task Bundled_unit_lists_load_every_district_and_commune(
        string province, int districts, int communes, int xa, int phuong, int thiTran)
    {
        using var host = new ReportingHost();
        var units = (await host.UnitsClient().ListUnitsAsync(new ListUnitsRequest { Province = province })).Units;

        Assert.Equal(districts, units.Count(u => u.Level == "district"));
        Assert.Equal(communes, units.Count(u => u.Level == "commune"));
        if (xa >= 0)
        {
            Assert.Equal(xa, units.Count(u => u.Type == "Xã"));
            Assert.Equal(phuong, units.Count(u => u.Type == "Phường"));
            Assert.Equal(thiTran, units.Count(u => u.Type == "Thị trấn"));
        }
        Assert.All(units.Where(u => u.Level == "commune"), commune =>
            Assert.Contains(units, district => district.Code == commune.ParentCode && district.Level == "district"));
    }

    [Fact]
    public async Task Listing_children_of_a_district_returns_only_its_communes()
    {
        using var host = new ReportingHost();
        var client = host.UnitsClient();

        var pleiku = await client.ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "622" });
        var again = await client.ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "622" });

        Assert.NotEmpty(pleiku.Units);
        Assert.All(pleiku.Units, unit => Assert.Equal("622", unit.ParentCode));
        Assert.Contains(pleiku.Units, unit => unit.Name == "Phường Yên Đỗ");
        // The second answer comes from the cache and must be the same list.
        Assert.Equal(pleiku.Units.Select(u => u.Code), again.Units.Select(u => u.Code));
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_and_keeps_edits()
    {
        using var host = new ReportingHost();
        var client = host.UnitsClient();
        var before = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "622" });
        await client.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "622", Population = 250_000, Version = before.Version,
        });

        // A restart of the service runs the seeder again on the same database.
        using var restarted = new ReportingHost();
        restarted.WithSetting("ConnectionStrings:reportingdb", $"Data Source={host.DatabaseFile}");
        var restartedClient = restarted.UnitsClient();
        var after = await restartedClient.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "622" });
        var provinces = (await restartedClient.ListProvincesAsync(new ListProvincesRequest())).Provinces;
        var listed = provinces.Count;
        foreach (var province in provinces)
        {
            listed += (await restartedClient.ListUnitsAsync(new ListUnitsRequest { Province = province.Code })).Units.Count;
        }

        Assert.Equal(250_000, after.Population);
        Assert.Equal(ReferenceUnitsSeeder.ReadBundledUnits().Count, listed);
    }
}
