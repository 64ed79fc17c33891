using System.Text;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PostsTelecom.V1;
using Google.Protobuf;

namespace GiaLaiIct.PostsTelecom.Tests;

public sealed class TelecomDatasetImportTests
{
    private const string GiaLai = "64";

    private const string PostalPoints = """
        id,kind,unit,status,opened_on,operator
        BD-01,bdvhx,23557,active,2016-05-01,VNPOST
        BD-02,post_office,23614,temporarily_closed,2010-01-01,
        """;

    private const string Stations = """
        id,kind,operator,unit,technology,in_service_from,in_service_to
        GL-0001,bts,VIETTEL,23557,4G,2017-03-01,
        GL-0002,bsc,VNPT,23614,2G,2009-01-01,2018-06-30
        "GL-0003",bts,MOBIFONE,23557,3G,2015-01-01,
        """;

    // The press types are Press & Publishing's rows: this service leaves them alone.
    private const string Licences = """
        number,type,holder,unit,issued_on,expires_on,status
        01/GCN,internet_agent,"Đại lý Internet Hải, Nam",23557,2018-01-15,2023-01-15,issued
        02/GCN,game_point,Điểm trò chơi Tuấn Anh,622,2017-06-01,,suspended
        15/GP-STTTT,general_website,Công ty ABC,622,2018-02-01,,issued
        """;

    private static ImportFilesRequest Request(bool dryRun, params (string Name, string Content)[] files) => new()
    {
        Province = GiaLai,
        DryRun = dryRun,
        Files = { files.Select(f => new DatasetFile { Name = f.Name, Content = ByteString.CopyFrom(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(f.Content)).ToArray()) }) },
    };

    private static (string, string)[] AllFiles => [("postal_points.csv", PostalPoints), ("bts.csv", Stations), ("licences.csv", Licences)];

    [Fact]
    public async Task A_dry_run_counts_without_writing_then_the_import_writes_and_a_second_import_changes_nothing()
    {
        using var host = new TelecomHost();
        var import = new DatasetPart.DatasetPartClient(host.CreateGrpcChannel());

        var dryRun = await import.ImportFilesAsync(Request(dryRun: true, AllFiles));
        var afterDryRun = await host.StationsClient().ListStationsAsync(new ListStationsRequest { Province = GiaLai });
        var first = await import.ImportFilesAsync(Request(dryRun: false, AllFiles));
        var stateAfterFirst = await SnapshotAsync(host);
        var second = await import.ImportFilesAsync(Request(dryRun: false, AllFiles));
        var stateAfterSecond = await SnapshotAsync(host);

        Assert.Empty(dryRun.Errors);
        Assert.Equal(Counts(("postal_points.csv", 2, 0, 0), ("bts.csv", 3, 0, 0), ("licences.csv", 2, 0, 0)), dryRun.Counts.ToList());
        Assert.Empty(afterDryRun.Stations);
        Assert.Equal(dryRun.Counts, first.Counts);
        Assert.Equal(Counts(("postal_points.csv", 0, 0, 2), ("bts.csv", 0, 0, 3), ("licences.csv", 0, 0, 2)), second.Counts.ToList());
        Assert.Equal(stateAfterFirst, stateAfterSecond);
        Assert.Contains("01/GCN|internet_agent|Đại lý Internet Hải, Nam|23557|2018-01-15|2023-01-15", stateAfterFirst, StringComparison.Ordinal);
        Assert.DoesNotContain("15/GP-STTTT", stateAfterFirst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_cell_in_the_last_file_writes_nothing_and_is_named_by_file_line_and_column()
    {
        using var host = new TelecomHost();
        var import = new DatasetPart.DatasetPartClient(host.CreateGrpcChannel());
        var badLicences = Licences.Replace("2017-06-01,,suspended", "2017-06-01,,paused", StringComparison.Ordinal);

        var response = await import.ImportFilesAsync(Request(dryRun: false, ("postal_points.csv", PostalPoints), ("bts.csv", Stations), ("licences.csv", badLicences)));

        var error = Assert.Single(response.Errors);
        Assert.Equal(("licences.csv", 3, "status"), (error.File, error.Line, error.Column));
        Assert.Contains("'paused'", error.Message, StringComparison.Ordinal);
        Assert.Empty(response.Counts);
        Assert.Equal(string.Empty, await SnapshotAsync(host));
    }

    [Fact]
    public async Task Every_error_of_every_file_is_reported_at_once()
    {
        using var host = new TelecomHost();
        var import = new DatasetPart.DatasetPartClient(host.CreateGrpcChannel());
        const string stations = """
            id,kind,operator,unit,technology,in_service_from,in_service_to
            S1,tower,NOBODY,99999,6G,2017-13-01,
            S1,bts,VIETTEL,622,4G,2017-03-01,2016-01-01
            """;
        const string points = """
            id,kind,unit,status,opened_on,colour
            P1,bdvhx,23557,active,2016-05-01,red
            """;

        var response = await import.ImportFilesAsync(Request(dryRun: false, ("bts.csv", stations), ("postal_points.csv", points), ("units.csv", "code\n")));

        var found = response.Errors.Select(e => (e.File, e.Line, e.Column)).ToHashSet();
        (string, int, string)[] expected =
        [
            ("bts.csv", 2, "kind"), ("bts.csv", 2, "operator"), ("bts.csv", 2, "unit"), ("bts.csv", 2, "technology"), ("bts.csv", 2, "in_service_from"),
            ("bts.csv", 3, "unit"), ("bts.csv", 3, "in_service_to"), ("bts.csv", 3, "id"),
            ("postal_points.csv", 1, "colour"), ("units.csv", 0, ""),
        ];
        Assert.Equal(expected.ToHashSet(), found);
        Assert.Empty(response.Counts);
    }

    [Fact]
    public async Task Units_defined_by_the_same_dataset_are_accepted()
    {
        using var host = new TelecomHost();
        var import = new DatasetPart.DatasetPartClient(host.CreateGrpcChannel());
        const string stations = """
            id,kind,operator,unit,technology,in_service_from
            NEW-1,bts,VIETTEL,99901,4G,2020-01-01
            """;
        var request = Request(dryRun: true, ("bts.csv", stations));

        var unknown = await import.ImportFilesAsync(request);
        request.DatasetUnits.Add(new DatasetUnit { Code = "99901", Level = "commune", ParentCode = "622", Type = "Xã" });
        var known = await import.ImportFilesAsync(request);

        Assert.Equal("unit", Assert.Single(unknown.Errors).Column);
        Assert.Empty(known.Errors);
    }

    [Fact]
    public async Task A_province_Reporting_does_not_hold_is_checked_against_the_units_the_request_carries()
    {
        // Reporting here holds no province 99: a division asking it would find nothing.
        using var host = new TelecomHost();
        var import = new DatasetPart.DatasetPartClient(host.CreateGrpcChannel());
        const string stations = """
            id,kind,operator,unit,technology,in_service_from
            NEW-1,bts,VIETTEL,99901,4G,2020-01-01
            """;
        var request = Request(dryRun: true, ("bts.csv", stations));
        request.Province = "99";

        var withoutUnits = await import.ImportFilesAsync(request);
        request.AllUnits = true;
        request.DatasetUnits.Add(new DatasetUnit { Code = "99", Level = "province", Type = "Tỉnh" });
        request.DatasetUnits.Add(new DatasetUnit { Code = "999", Level = "district", ParentCode = "99", Type = "Huyện" });
        request.DatasetUnits.Add(new DatasetUnit { Code = "99901", Level = "commune", ParentCode = "999", Type = "Xã" });
        var withUnits = await import.ImportFilesAsync(request);

        Assert.Equal(("bts.csv", 2, "unit"), Assert.Single(withoutUnits.Errors) is var e ? (e.File, e.Line, e.Column) : default);
        Assert.Empty(withUnits.Errors);
        Assert.Equal(Counts(("bts.csv", 1, 0, 0)), withUnits.Counts.ToList());
    }

    [Fact]
    public async Task Cells_are_read_as_people_write_them_and_an_unknown_operator_lists_the_known_codes()
    {
        using var host = new TelecomHost();
        var import = new DatasetPart.DatasetPartClient(host.CreateGrpcChannel());
        const string points = """
            id,kind,unit,status,opened_on,operator
            BD-01,BĐVHX,23557,Active,2016-05-01,Bưu điện
            BD-02,Post office,23614,temporarily closed,2010-01-01,VNPost
            BD-03,agent,23557,active,2012-01-01,bưu điện việt nam
            """;
        const string stations = """
            id,kind,operator,unit,technology,in_service_from
            GL-0001,bts,Viettel,23557,4g,2017-03-01
            GL-0002,BSC,VIETTEL,23614,2g,2009-01-01
            GL-0003,bts,MobiFone,23557,3G,2015-01-01
            GL-0004,bts,Vietnamobile,23557,5g,2021-01-01
            """;
        const string licences = """
            number,type,holder,unit,issued_on,expires_on,status
            01/GCN,Internet agent,Đại lý Hà,23557,2018-01-15,,Issued
            """;
        const string unknown = """
            id,kind,operator,unit,technology,in_service_from
            GL-0009,bts,Telstra,23557,4G,2017-03-01
            """;

        var imported = await import.ImportFilesAsync(Request(dryRun: false, ("postal_points.csv", points), ("bts.csv", stations), ("licences.csv", licences)));
        var refused = await import.ImportFilesAsync(Request(dryRun: false, ("bts.csv", unknown)));
        var stored = await host.StationsClient().ListStationsAsync(new ListStationsRequest { Province = GiaLai });
        var pointList = await host.PointsClient().ListPostalPointsAsync(new ListPostalPointsRequest { Province = GiaLai });

        Assert.Empty(imported.Errors);
        Assert.Equal(
            ["GL-0001 VIETTEL 4G bts", "GL-0002 VIETTEL 2G bsc", "GL-0003 MOBIFONE 3G bts", "GL-0004 VIETNAMOBILE 5G bts"],
            stored.Stations.Select(s => $"{s.Id} {s.Operator} {s.Technology} {s.Kind}"));
        Assert.Equal(
            ["BD-01 VNPOST bdvhx active", "BD-02 VNPOST post_office temporarily_closed", "BD-03 VNPOST agent active"],
            pointList.Points.Select(p => $"{p.Id} {p.Operator} {p.Kind} {p.Status}"));
        var error = Assert.Single(refused.Errors);
        Assert.Equal(("bts.csv", 2, "operator"), (error.File, error.Line, error.Column));
        Assert.Contains("'Telstra'", error.Message, StringComparison.Ordinal);
        Assert.Contains("VIETTEL", error.Message, StringComparison.Ordinal);
        Assert.Contains("VNPOST", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_changed_by_an_import_is_recorded_in_the_history()
    {
        using var host = new TelecomHost();
        var import = new DatasetPart.DatasetPartClient(host.CreateGrpcChannel());
        await import.ImportFilesAsync(Request(dryRun: false, ("postal_points.csv", PostalPoints)));

        var reopened = PostalPoints.Replace("temporarily_closed", "active", StringComparison.Ordinal);
        var response = await import.ImportFilesAsync(Request(dryRun: false, ("postal_points.csv", reopened)));
        var point = await host.PointsClient().GetPostalPointAsync(new GetPostalPointRequest { Province = GiaLai, Id = "BD-02" });

        Assert.Equal(Counts(("postal_points.csv", 0, 1, 1)), response.Counts.ToList());
        Assert.Equal(["temporarily_closed", "active"], point.History.Select(h => h.Status));
        Assert.Equal(2, point.Version);
    }

    private static List<FileCounts> Counts(params (string File, int Inserted, int Updated, int Unchanged)[] counts) =>
        counts.Select(c => new FileCounts { File = c.File, Inserted = c.Inserted, Updated = c.Updated, Unchanged = c.Unchanged }).ToList();

    /// <summary>Every row of the three registries with its version, one line each.</summary>
    private static async Task<string> SnapshotAsync(TelecomHost host)
    {
        var lines = new List<string>();
        var points = await host.PointsClient().ListPostalPointsAsync(new ListPostalPointsRequest { Province = GiaLai });
        lines.AddRange(points.Points.Select(p => string.Join('|', p.Id, p.Kind, p.Unit, p.Status, p.OpenedOn, p.Operator, p.Version)));
        var stations = await host.StationsClient().ListStationsAsync(new ListStationsRequest { Province = GiaLai });
        lines.AddRange(stations.Stations.Select(s => string.Join('|', s.Id, s.Kind, s.Operator, s.Unit, s.Technology, s.InServiceFrom, s.InServiceTo, s.Version)));
        var licences = await host.LicencesClient().ListLicencesAsync(new ListLicencesRequest { Province = GiaLai });
        lines.AddRange(licences.Licences.Select(l => string.Join('|', l.Number, l.Type, l.Holder, l.Unit, l.IssuedOn, l.ExpiresOn, l.Status, l.Version)));
        return string.Join('\n', lines);
    }
}
