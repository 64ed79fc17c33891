using System.Net;
using System.Text.Json;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PostsTelecom.Tests;

public sealed class TelecomRegistryTests
{
    private const string GiaLai = "64";

    private static CreatePostalPointRequest Point(string id = "BD-01") => new()
    {
        Province = GiaLai, Id = id, Name = "Bưu điện văn hóa xã Ia Kênh", Kind = "bdvhx", Unit = "23557", Status = "active", OpenedOn = "2016-05-01", Operator = "VNPOST",
    };

    private static UpdatePostalPointRequest Edit(PostalPoint point) => new()
    {
        Province = point.Province, Id = point.Id, Name = point.Name, Kind = point.Kind, Unit = point.Unit, Status = point.Status,
        OpenedOn = point.OpenedOn, Operator = point.Operator, Version = point.Version,
    };

    [Fact]
    public async Task Two_updates_of_the_same_version_one_wins_and_the_other_is_told_to_reload()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        var created = await client.CreatePostalPointAsync(Point());
        var rename = Edit(created);
        rename.Name = "Bưu điện văn hóa xã Ia Kênh (mới)";
        var close = Edit(created);
        close.Status = "temporarily_closed";
        close.StatusChangedOn = "2019-01-10";

        var outcomes = await Task.WhenAll(
            Attempt(() => client.UpdatePostalPointAsync(rename).ResponseAsync),
            Attempt(() => client.UpdatePostalPointAsync(close).ResponseAsync));
        var stored = await client.GetPostalPointAsync(new GetPostalPointRequest { Province = GiaLai, Id = created.Id });

        Assert.Equal([StatusCode.OK, StatusCode.Aborted], outcomes.Select(o => o.Code).Order());
        var winner = outcomes.Single(o => o.Code == StatusCode.OK).Point!;
        Assert.Equal(winner, WithoutHistory(stored));
        Assert.Equal(created.Version + 1, stored.Version);
        // The loser's change left no trace: either the name or the status changed, never both, and the history agrees.
        var closed = stored.Status == "temporarily_closed";
        Assert.Equal(closed ? created.Name : rename.Name, stored.Name);
        Assert.Equal(closed ? ["active", "temporarily_closed"] : ["active"], stored.History.Select(h => h.Status));

        // Reloading and retrying with the new version succeeds: nothing is lost.
        var retry = closed ? rename : close;
        retry.Version = stored.Version;
        var merged = await client.UpdatePostalPointAsync(retry);
        Assert.Equal(created.Version + 2, merged.Version);
    }

    [Fact]
    public async Task Repeating_an_applied_update_succeeds_without_a_new_version()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        var created = await client.CreatePostalPointAsync(Point());
        var rename = Edit(created);
        rename.Name = "Bưu điện Ia Kênh";

        var first = await client.UpdatePostalPointAsync(rename);
        var retried = await client.UpdatePostalPointAsync(rename);

        Assert.Equal(first, retried);
        Assert.Equal(created.Version + 1, retried.Version);
    }

    [Fact]
    public async Task A_district_office_cannot_move_a_point_out_of_its_district()
    {
        using var host = new TelecomHost();
        var created = await host.PointsClient().CreatePostalPointAsync(Point());
        var move = Edit(created);
        move.Unit = "23614";

        var error = await Assert.ThrowsAsync<RpcException>(() => host.PointsClient(TestCaller.OfDistrict("622", GiaLai)).UpdatePostalPointAsync(move).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal("23557", (await host.PointsClient().GetPostalPointAsync(new GetPostalPointRequest { Province = GiaLai, Id = created.Id })).Unit);
    }

    [Fact]
    public async Task Points_are_found_by_name_without_diacritics_and_by_district_and_status()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        await client.CreatePostalPointAsync(Point("BD-01"));
        var anKhe = Point("BD-02");
        anKhe.Name = "Bưu điện văn hóa xã Tú An";
        anKhe.Unit = "23614";
        anKhe.Status = "closed";
        await client.CreatePostalPointAsync(anKhe);

        var byName = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = GiaLai, Q = "tu an" });
        var inPleiku = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = GiaLai, Unit = "622" });
        var closed = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = GiaLai, Status = "closed" });

        Assert.Equal(["BD-02"], byName.Points.Select(p => p.Id));
        Assert.Equal(["BD-01"], inPleiku.Points.Select(p => p.Id));
        Assert.Equal(["BD-02"], closed.Points.Select(p => p.Id));
    }

    [Fact]
    public async Task A_station_with_every_field_wrong_names_each_field_and_writes_nothing()
    {
        using var host = new TelecomHost();
        var client = host.StationsClient();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateStationAsync(new CreateStationRequest
        {
            Province = GiaLai, Id = "BTS-1", Kind = "tower", Operator = "NOBODY", Unit = "99999", Technology = "6G",
            InServiceFrom = "2018-05-01", InServiceTo = "2018-04-30",
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order();
        Assert.Equal(["inServiceTo", "kind", "operator", "technology", "unit"], fields);
        Assert.Empty((await client.ListStationsAsync(new ListStationsRequest { Province = GiaLai })).Stations);
    }

    [Theory]
    [InlineData("4g", "Viettel", "VIETTEL")]
    [InlineData("4G", "VIETTEL", "VIETTEL")]
    [InlineData(" 3g ", "MobiFone", "MOBIFONE")]
    [InlineData("2G", "vietnamobile", "VIETNAMOBILE")]
    [InlineData("5g", "Vinaphone", "VNPT")]
    public async Task Technologies_and_operators_are_taken_as_people_write_them(string technology, string operatorName, string operatorCode)
    {
        using var host = new TelecomHost();

        var station = await host.StationsClient().CreateStationAsync(new CreateStationRequest
        {
            Province = GiaLai, Id = "BTS-1", Kind = "BTS", Operator = operatorName, Unit = "23557", Technology = technology, InServiceFrom = "2018-05-01",
        });
        var listed = await host.StationsClient().ListStationsAsync(new ListStationsRequest { Province = GiaLai, Operator = operatorName.ToUpperInvariant(), Technology = technology.ToLowerInvariant() });

        Assert.Equal((technology.Trim().ToUpperInvariant(), operatorCode, "bts"), (station.Technology, station.Operator, station.Kind));
        Assert.Equal(["BTS-1"], listed.Stations.Select(s => s.Id));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("00")]
    public async Task A_write_into_a_province_the_platform_does_not_hold_is_refused_naming_the_province(string province)
    {
        using var host = new TelecomHost();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.StationsClient().CreateStationAsync(new CreateStationRequest
        {
            Province = province, Id = "BTS-1", Kind = "bts", Operator = "VIETTEL", Unit = "23557", Technology = "4G", InServiceFrom = "2018-05-01",
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single();
        Assert.Equal("province", violation.Field);
        Assert.Contains($"{province} is not loaded: import its units.csv", violation.Description, StringComparison.Ordinal);
        Assert.Empty((await host.StationsClient().ListStationsAsync(new ListStationsRequest { Province = province })).Stations);
    }

    [Fact]
    public async Task An_unknown_technology_or_operator_is_refused_with_the_known_codes()
    {
        using var host = new TelecomHost();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.StationsClient().CreateStationAsync(new CreateStationRequest
        {
            Province = GiaLai, Id = "BTS-1", Kind = "bts", Operator = "Telstra", Unit = "23557", Technology = "lte", InServiceFrom = "2018-05-01",
        }).ResponseAsync);

        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.ToDictionary(v => v.Field, v => v.Description);
        Assert.Equal(["operator", "technology"], violations.Keys.Order());
        Assert.Contains("2G, 3G, 4G, 5G", violations["technology"], StringComparison.Ordinal);
        Assert.Contains("'Telstra'", violations["operator"], StringComparison.Ordinal);
        Assert.Contains("MOBIFONE", violations["operator"], StringComparison.Ordinal);
        Assert.Contains("VNPOST", violations["operator"], StringComparison.Ordinal);
        Assert.Empty((await host.StationsClient().ListStationsAsync(new ListStationsRequest { Province = GiaLai })).Stations);
    }

    [Fact]
    public async Task Stations_are_listed_over_rest_by_technology_and_day_in_service()
    {
        using var host = new TelecomHost();
        var stations = host.StationsClient();
        await stations.CreateStationAsync(new CreateStationRequest { Province = GiaLai, Id = "S1", Kind = "bts", Operator = "VIETTEL", Unit = "23557", Technology = "4G", InServiceFrom = "2017-01-01" });
        await stations.CreateStationAsync(new CreateStationRequest { Province = GiaLai, Id = "S2", Kind = "bts", Operator = "MOBIFONE", Unit = "23557", Technology = "4G", InServiceFrom = "2017-01-01", InServiceTo = "2018-01-01" });
        await stations.CreateStationAsync(new CreateStationRequest { Province = GiaLai, Id = "S3", Kind = "bts", Operator = "VIETTEL", Unit = "23614", Technology = "3G", InServiceFrom = "2017-01-01" });
        using var http = host.CreateClientAs(TestCaller.Viewer);

        using var response = await http.GetAsync("/api/v1/provinces/64/bts-stations?technology=4G&inServiceOn=2018-06-30");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = body.GetProperty("stations").EnumerateArray().ToList();
        Assert.Equal(["S1"], listed.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("4G", listed[0].GetProperty("technology").GetString());
        Assert.Equal("2017-01-01", listed[0].GetProperty("inServiceFrom").GetString());
    }

    [Fact]
    public async Task Operators_start_with_the_national_list_and_are_found_without_diacritics()
    {
        using var host = new TelecomHost();
        var client = host.OperatorsClient();

        var all = await client.ListOperatorsAsync(new ListOperatorsRequest());
        var found = await client.ListOperatorsAsync(new ListOperatorsRequest { Q = "buu dien viet nam" });
        var postal = await client.ListOperatorsAsync(new ListOperatorsRequest { Field = "postal" });

        Assert.Contains("VIETTEL", all.Operators.Select(o => o.Code));
        Assert.Contains("VNPT", all.Operators.Select(o => o.Code));
        Assert.Equal(["VNPOST"], found.Operators.Select(o => o.Code));
        Assert.All(postal.Operators, o => Assert.Equal("postal", o.Field));
    }

    [Fact]
    public async Task An_operator_is_renamed_with_its_version_and_a_stale_rename_is_aborted()
    {
        using var host = new TelecomHost();
        var client = host.OperatorsClient(TestCaller.Officer("telecom-officer"));
        var created = await client.CreateOperatorAsync(new CreateOperatorRequest { Code = "ITEL", Name = "Công ty Cổ phần Viễn thông Đông Dương Telecom", Field = "telecom" });

        var renamed = await client.UpdateOperatorAsync(new UpdateOperatorRequest { Code = "ITEL", Name = "Itel", Field = "telecom", Version = created.Version });
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.UpdateOperatorAsync(new UpdateOperatorRequest { Code = "ITEL", Name = "I-Tel", Field = "both", Version = created.Version }).ResponseAsync);

        Assert.Equal(created.Version + 1, renamed.Version);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal("Itel", (await client.GetOperatorAsync(new GetOperatorRequest { Code = "ITEL" })).Name);
    }

    [Fact]
    public async Task Bcci_counts_are_recorded_once_per_unit_and_month_and_refuse_negatives()
    {
        using var host = new TelecomHost();
        var client = host.BcciClient();
        var march = new RecordBcciCountRequest { Province = GiaLai, Unit = "622", Month = "2018-03", DossiersReceived = 120, ResultsReturned = 98 };

        var recorded = await client.RecordBcciCountAsync(march);
        var repeated = await client.RecordBcciCountAsync(march);
        var changedWithoutVersion = new RecordBcciCountRequest(march) { DossiersReceived = 121 };
        var conflict = await Assert.ThrowsAsync<RpcException>(() => client.RecordBcciCountAsync(changedWithoutVersion).ResponseAsync);
        var negative = await Assert.ThrowsAsync<RpcException>(() => client.RecordBcciCountAsync(new RecordBcciCountRequest(march) { Month = "2018-04", ResultsReturned = -1 }).ResponseAsync);
        var corrected = await client.RecordBcciCountAsync(new RecordBcciCountRequest(changedWithoutVersion) { Version = recorded.Version });
        var listed = await client.ListBcciCountsAsync(new ListBcciCountsRequest { Province = GiaLai, FromMonth = "2018-01", ToMonth = "2018-12" });

        Assert.Equal(recorded, repeated);
        Assert.Equal(StatusCode.Aborted, conflict.StatusCode);
        Assert.Equal("resultsReturned", negative.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Equal(121, corrected.DossiersReceived);
        Assert.Equal(121, listed.TotalDossiersReceived);
        Assert.Single(listed.Counts);
    }

    private static PostalPoint WithoutHistory(PostalPoint point)
    {
        var copy = point.Clone();
        copy.History.Clear();
        return copy;
    }

    private static async Task<(StatusCode Code, PostalPoint? Point)> Attempt(Func<Task<PostalPoint>> update)
    {
        try
        {
            return (StatusCode.OK, await update());
        }
        catch (RpcException exception)
        {
            return (exception.StatusCode, null);
        }
    }
}
