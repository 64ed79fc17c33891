using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>The commune radio API (commune_radio.proto) called over gRPC.</summary>
public sealed class CommuneRadioApiTests
{
    private const string GiaLai = PressHost.GiaLai;

    // Communes of Pleiku (622) and of Chư Păh (627).
    private const string YenDo = "23557";
    private const string DienHong = "23560";
    private const string IaKring = "23563";
    private const string PhuHoa = "23722";

    private static SetCommuneRadioRequest Station(string unit, string kind = "wireless", string status = "active", string installedOn = "2017-05-01", long version = 0) => new()
    {
        Province = GiaLai, Unit = unit, Kind = kind, Status = status, InstalledOn = installedOn, Version = version,
    };

    private static async Task<List<string>> UnitsAsync(CommuneRadios.CommuneRadiosClient client, ListCommuneRadiosRequest request) =>
        (await client.ListCommuneRadiosAsync(request)).Stations.Select(s => s.Unit).ToList();

    [Fact]
    public async Task A_set_station_reads_back_by_commune_and_is_listed_by_kind_status_and_the_district_or_commune_it_lies_within()
    {
        using var host = new PressHost();
        var client = host.CommuneRadios();
        var set = await client.SetCommuneRadioAsync(Station(YenDo));
        await client.SetCommuneRadioAsync(Station(DienHong, kind: "wired", installedOn: "2010-01-01"));
        await client.SetCommuneRadioAsync(Station(IaKring, status: "broken", installedOn: "2016-03-15"));
        await client.SetCommuneRadioAsync(Station(PhuHoa, installedOn: "2018-12-31"));

        var read = await client.GetCommuneRadioAsync(new GetCommuneRadioRequest { Province = GiaLai, Unit = YenDo });
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetCommuneRadioAsync(new GetCommuneRadioRequest { Province = GiaLai, Unit = "23566" }).ResponseAsync);

        var expected = new CommuneRadio { Province = GiaLai, Unit = YenDo, Kind = "wireless", Status = "active", InstalledOn = "2017-05-01", Version = 1 };
        Assert.Equal(expected, set);
        Assert.Equal(expected, read);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal([YenDo, DienHong, IaKring, PhuHoa], await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai }));
        Assert.Equal([YenDo, IaKring, PhuHoa], await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai, Kind = "wireless" }));
        Assert.Equal([IaKring], await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai, Status = "broken" }));
        Assert.Equal([YenDo, PhuHoa], await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai, Kind = "wireless", Status = "active" }));
        Assert.Equal([YenDo, DienHong, IaKring], await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai, Within = "622" }));
        Assert.Equal([PhuHoa], await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai, Within = "627" }));
        Assert.Equal([DienHong], await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai, Within = DienHong }));
        Assert.Equal(4, (await UnitsAsync(client, new ListCommuneRadiosRequest { Province = GiaLai, Within = GiaLai })).Count);
    }

    [Fact]
    public async Task The_same_set_again_writes_nothing_and_a_change_on_a_stale_version_is_aborted_leaving_the_newer_station()
    {
        using var host = new PressHost();
        var client = host.CommuneRadios();
        var first = await client.SetCommuneRadioAsync(Station(YenDo));
        var before = SqliteDump.Of(host.DatabaseFile);

        var again = await client.SetCommuneRadioAsync(Station(YenDo));
        var afterRepeat = SqliteDump.Of(host.DatabaseFile);
        var blind = await Assert.ThrowsAsync<RpcException>(() => client.SetCommuneRadioAsync(Station(YenDo, status: "broken")).ResponseAsync);
        var broken = await client.SetCommuneRadioAsync(Station(YenDo, status: "broken", version: first.Version));
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.SetCommuneRadioAsync(Station(YenDo, kind: "wired", version: first.Version)).ResponseAsync);
        var read = await client.GetCommuneRadioAsync(new GetCommuneRadioRequest { Province = GiaLai, Unit = YenDo });

        Assert.Equal(first, again);
        Assert.Equal(1, again.Version);
        Assert.Equal(before, afterRepeat);
        Assert.Equal(StatusCode.Aborted, blind.StatusCode);
        Assert.Equal(("broken", 2L), (broken.Status, broken.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(broken, read);
    }

    [Theory]
    [InlineData("kind", YenDo, "satellite", "active", "2017-05-01")]
    [InlineData("status", YenDo, "wireless", "stolen", "2017-05-01")]
    [InlineData("installedOn", YenDo, "wireless", "active", "2018-02-30")]
    [InlineData("installedOn", YenDo, "wireless", "active", "")]
    [InlineData("unit", "622", "wireless", "active", "2017-05-01")]
    [InlineData("unit", "18070", "wireless", "active", "2017-05-01")]
    public async Task A_bad_station_is_refused_naming_the_field_and_nothing_is_written(string field, string unit, string kind, string status, string installedOn)
    {
        using var host = new PressHost();
        var client = host.CommuneRadios();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SetCommuneRadioAsync(Station(unit, kind, status, installedOn)).ResponseAsync);
        var list = await client.ListCommuneRadiosAsync(new ListCommuneRadiosRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Stations);
    }

    [Fact]
    public async Task A_district_client_writes_the_communes_of_its_own_district_only()
    {
        using var host = new PressHost();
        var pleiku = host.CommuneRadios(TestCaller.OfDistrict("622", GiaLai));

        var own = await pleiku.SetCommuneRadioAsync(Station(YenDo));
        var other = await Assert.ThrowsAsync<RpcException>(() => pleiku.SetCommuneRadioAsync(Station(PhuHoa)).ResponseAsync);
        var list = await host.CommuneRadios(TestCaller.Viewer).ListCommuneRadiosAsync(new ListCommuneRadiosRequest { Province = GiaLai });

        Assert.Equal(YenDo, own.Unit);
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        Assert.Equal([YenDo], list.Stations.Select(s => s.Unit));
    }

    [Fact]
    public async Task Pages_of_two_over_five_stations_give_every_station_once_in_commune_code_order()
    {
        using var host = new PressHost();
        var client = host.CommuneRadios();
        foreach (var unit in new[] { PhuHoa, IaKring, YenDo, "23566", DienHong })
        {
            await client.SetCommuneRadioAsync(Station(unit));
        }

        var pages = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await client.ListCommuneRadiosAsync(new ListCommuneRadiosRequest { Province = GiaLai, PageSize = 2, PageToken = token });
            pages.Add(string.Join(' ', page.Stations.Select(s => s.Unit)));
            token = page.NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);

        Assert.Equal(["23557 23560", "23563 23566", "23722"], pages);
    }
}
