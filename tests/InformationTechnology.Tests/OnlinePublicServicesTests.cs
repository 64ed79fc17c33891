using GiaLaiIct.InformationTechnology.V1;
using Google.Rpc;
using Grpc.Core;
using static GiaLaiIct.InformationTechnology.Tests.ItHost;

namespace GiaLaiIct.InformationTechnology.Tests;

public sealed class OnlinePublicServicesTests
{
    private static CreateOnlineServiceRequest ValidService(string code = "1.004227") => new()
    {
        Province = GiaLai,
        Code = code,
        Name = "Cấp giấy phép hoạt động in",
        AgencyCode = "STTTT",
        AgencyName = "Sở Thông tin và Truyền thông",
        Level = 4,
        EffectiveFrom = "2018-01-01",
    };

    [Fact]
    public async Task A_created_service_is_listed_by_level_agency_unit_and_words_without_diacritics()
    {
        using var host = new ItHost();
        var client = host.ServicesClient();
        await client.CreateOnlineServiceAsync(ValidService("A"));
        var level3 = ValidService("B");
        level3.Level = 3;
        level3.Name = "Đăng ký khai sinh";
        level3.Unit = "622";
        await client.CreateOnlineServiceAsync(level3);

        var fourth = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, Level = 4 });
        var byAgency = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, AgencyCode = "STTTT" });
        var inPleiku = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, Unit = "622" });
        var searched = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, Q = "dang ky KHAI sinh" });
        var firstPage = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, PageSize = 1 });
        var secondPage = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, PageSize = 1, PageToken = firstPage.NextPageToken });

        Assert.Equal(["A"], fourth.Services.Select(s => s.Code));
        Assert.Equal(["A", "B"], byAgency.Services.Select(s => s.Code));
        Assert.Equal(["B"], inPleiku.Services.Select(s => s.Code));
        Assert.Equal(["B"], searched.Services.Select(s => s.Code));
        Assert.Equal(GiaLai, fourth.Services[0].Unit);
        Assert.Equal(["A"], firstPage.Services.Select(s => s.Code));
        Assert.Equal(["B"], secondPage.Services.Select(s => s.Code));
        Assert.Equal(string.Empty, secondPage.NextPageToken);
    }

    [Fact]
    public async Task A_level_change_counts_at_level_3_before_its_date_and_at_level_4_from_it()
    {
        using var host = new ItHost();
        var client = host.ServicesClient();
        var request = ValidService("DV-1");
        request.Level = 3;
        request.EffectiveFrom = "2017-03-01";
        var created = await client.CreateOnlineServiceAsync(request);

        var updated = await client.UpdateOnlineServiceAsync(new UpdateOnlineServiceRequest
        {
            Province = GiaLai, Code = "DV-1", Name = request.Name, AgencyCode = request.AgencyCode, AgencyName = request.AgencyName,
            Level = 4, EffectiveFrom = request.EffectiveFrom, LevelChangedOn = "2018-07-01", Version = created.Version,
        });
        var history = await client.GetOnlineServiceAsync(new GetOnlineServiceRequest { Province = GiaLai, Code = "DV-1" });
        var june = await host.ComputeAsync("2018M06", [GiaLai], "IT.DVC.L3", "IT.DVC.L4");
        var july = await host.ComputeAsync("2018M07", [GiaLai], "IT.DVC.L3", "IT.DVC.L4");
        var firstHalf = await host.ComputeAsync("2018H1", [GiaLai], "IT.DVC.L3", "IT.DVC.L4");
        var year = await host.ComputeAsync("2018", [GiaLai], "IT.DVC.L3", "IT.DVC.L4");
        var offeredInJune = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, OfferedOn = "2018-06-30", Level = 3 });
        var offeredInJuly = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai, OfferedOn = "2018-07-01", Level = 3 });

        Assert.Equal(4, updated.Level);
        Assert.True(updated.Version > created.Version);
        Assert.Equal([(3, "2017-03-01"), (4, "2018-07-01")], history.History.Select(h => (h.Level, h.EffectiveOn)));
        Assert.Equal((1, 0), (Value(june, "IT.DVC.L3", GiaLai), Value(june, "IT.DVC.L4", GiaLai)));
        Assert.Equal((0, 1), (Value(july, "IT.DVC.L3", GiaLai), Value(july, "IT.DVC.L4", GiaLai)));
        Assert.Equal((1, 0), (Value(firstHalf, "IT.DVC.L3", GiaLai), Value(firstHalf, "IT.DVC.L4", GiaLai)));
        Assert.Equal((0, 1), (Value(year, "IT.DVC.L3", GiaLai), Value(year, "IT.DVC.L4", GiaLai)));
        Assert.Equal(["DV-1"], offeredInJune.Services.Select(s => s.Code));
        Assert.Empty(offeredInJuly.Services);
    }

    [Fact]
    public async Task A_level_change_before_the_last_one_and_a_stale_version_are_refused()
    {
        using var host = new ItHost();
        var client = host.ServicesClient();
        var created = await client.CreateOnlineServiceAsync(ValidService("DV-2"));
        UpdateOnlineServiceRequest Update(int level, string on, long version) => new()
        {
            Province = GiaLai, Code = "DV-2", Name = created.Name, AgencyCode = created.AgencyCode, AgencyName = created.AgencyName,
            Level = level, EffectiveFrom = created.EffectiveFrom, LevelChangedOn = on, Version = version,
        };

        var early = await Assert.ThrowsAsync<RpcException>(() => client.UpdateOnlineServiceAsync(Update(3, "2017-12-31", created.Version)).ResponseAsync);
        var renamed = await client.UpdateOnlineServiceAsync(Update(3, "2018-05-01", created.Version));
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.UpdateOnlineServiceAsync(Update(2, "2018-06-01", created.Version)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, early.StatusCode);
        Assert.Equal(["levelChangedOn"], early.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(3, renamed.Level);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var history = await client.GetOnlineServiceAsync(new GetOnlineServiceRequest { Province = GiaLai, Code = "DV-2" });
        Assert.Equal([4, 3], history.History.Select(h => h.Level));
    }

    public static TheoryData<string, Action<CreateOnlineServiceRequest>> InvalidRequests() => new()
    {
        { "code", request => request.Code = "" },
        { "level", request => request.Level = 5 },
        { "level", request => request.Level = 0 },
        { "agencyName", request => request.AgencyName = "" },
        { "effectiveFrom", request => request.EffectiveFrom = "2018-13-01" },
        { "effectiveTo", request => request.EffectiveTo = "2017-12-31" },
        { "unit", request => request.Unit = "99999" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_input_is_refused_naming_the_field_and_nothing_is_written(string field, Action<CreateOnlineServiceRequest> spoil)
    {
        using var host = new ItHost();
        var client = host.ServicesClient();
        var request = ValidService();
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateOnlineServiceAsync(request).ResponseAsync);
        var list = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Empty(list.Services);
    }
}
