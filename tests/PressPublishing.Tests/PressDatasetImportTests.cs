using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PressPublishing.Tests;

public sealed class PressDatasetImportTests
{
    private const string GiaLai = PressHost.GiaLai;

    private const string Organisations = """
        name,kind
        Báo Gia Lai,local_press_agency
        "Văn phòng đại diện báo Thanh Niên, khu vực Tây Nguyên",representative_office
        """;

    private const string DepositChecks = """
        id,checked_on,title,result,violations_found
        LC-001,2018-03-12,Bản tin Nông nghiệp Gia Lai số 3,compliant,
        LC-002,2018-05-02,Tài liệu hội nghị,violation,2
        """;

    private const string Broadcasts = """
        station,medium,period,language,unit,hours,plan_hours
        Đài PT-TH Gia Lai,radio,2018,,64,13505,13500
        Đài PT-TH Gia Lai,radio,2018,jrai,64,456,456
        Đài PT-TH Gia Lai,radio,2018,bahnar,64,456,456
        """;

    private const string CommuneRadio = """
        unit,kind,status,installed_on
        23557,wireless,active,2017-04-01
        23560,wired,broken,2009-01-01
        """;

    private const string Printing = """
        facility,period,unit,pages,plan_pages,revenue_vnd,plan_revenue_vnd
        Công ty In Gia Lai,2018,622,2171540000,1400000000,49666159000,50000000000
        """;

    // The telecom type is Posts & Telecom's row: this service leaves it alone.
    private const string Licences = """
        number,type,holder,unit,issued_on,expires_on,status
        15/GP-STTTT,general_website,"Công ty ABC, chi nhánh Pleiku",622,2018-02-01,,issued
        01/GCN,internet_agent,Đại lý Internet Hải Nam,23557,2018-01-15,2023-01-15,issued
        """;

    private const string CommunicationWork = """
        id,kind,topic,title,held_on,unit,quantity,trainees
        VB-01,directive,general,Định hướng tuyên truyền Tết,2019-01-15,64,9,
        """;

    private static (string, string)[] AllFiles =>
    [
        ("press_organisations.csv", Organisations), ("deposit_checks.csv", DepositChecks), ("broadcasts.csv", Broadcasts),
        ("commune_radio.csv", CommuneRadio), ("printing.csv", Printing), ("licences.csv", Licences), ("communication_work.csv", CommunicationWork),
    ];

    [Fact]
    public async Task A_dry_run_writes_nothing_the_import_writes_every_file_and_a_second_import_changes_nothing()
    {
        using var host = new PressHost();
        await host.Import().ListOwnedFilesAsync(new ListOwnedFilesRequest());
        var empty = SqliteDump.Of(host.DatabaseFile);

        var dryRun = await host.Import().ImportFilesAsync(PressHost.Request(dryRun: true, AllFiles));
        var afterDryRun = SqliteDump.Of(host.DatabaseFile);
        var first = await host.Import().ImportFilesAsync(PressHost.Request(dryRun: false, AllFiles));
        var afterFirst = SqliteDump.Of(host.DatabaseFile);
        var second = await host.Import().ImportFilesAsync(PressHost.Request(dryRun: false, AllFiles));
        var afterSecond = SqliteDump.Of(host.DatabaseFile);
        var permit = await host.Permits().GetPermitAsync(new GetPermitRequest { Province = GiaLai, Number = "15/GP-STTTT" });

        Assert.Empty(dryRun.Errors);
        Assert.Equal(empty, afterDryRun);
        Assert.Equal(
            [("press_organisations.csv", 2), ("deposit_checks.csv", 2), ("broadcasts.csv", 3), ("commune_radio.csv", 2), ("printing.csv", 1), ("licences.csv", 1), ("communication_work.csv", 1)],
            dryRun.Counts.Select(c => (c.File, c.Inserted)));
        Assert.Equal(dryRun.Counts, first.Counts);
        Assert.All(second.Counts, c => Assert.Equal((0, 0), (c.Inserted, c.Updated)));
        Assert.Equal(first.Counts.Select(c => c.Inserted), second.Counts.Select(c => c.Unchanged));
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal("Công ty ABC, chi nhánh Pleiku", permit.Holder);
        Assert.Equal(["issued"], permit.History.Select(h => h.Status));
        Assert.DoesNotContain("01/GCN", afterFirst, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, int, string, string> BadRows => new()
    {
        // file, content, line, column, words of the message
        { "broadcasts.csv", "station,medium,period,language,unit,hours\nĐài huyện,radio,2018,jrai,622,300\n", 2, "language", "total row" },
        { "broadcasts.csv", "station,medium,period,language,unit,hours\nĐài huyện,radio,2018,,622,100\nĐài huyện,tv,2018,,622,-5\n", 3, "hours", "negative" },
        { "broadcasts.csv", "station,medium,period,language,unit,hours\nĐài huyện,radio,2018,,622,500\nĐài huyện,radio,2018,jrai,622,300\nĐài huyện,radio,2018,bahnar,622,300\n", 2, "hours", "exceed" },
        { "broadcasts.csv", "station,medium,period,language,unit,hours\nĐài huyện,radio,2018,kinh,622,300\n", 2, "language", "'kinh'" },
        { "printing.csv", "facility,period,unit,pages,revenue_vnd\nNhà in,2018,622,-1,100\n", 2, "pages", "negative" },
        { "licences.csv", "number,type,holder,unit,issued_on,status\n1/GP,newsletter,Sở Y tế,64,2018-01-01,paused\n", 2, "status", "'paused'" },
        { "commune_radio.csv", "unit,kind,status,installed_on\n622,wireless,active,2018-01-01\n", 2, "unit", "commune" },
        { "communication_work.csv", "id,kind,title,held_on,unit,quantity,trainees\nVB-1,directive,Định hướng,2018-01-01,64,3,20\n", 2, "trainees", "only classes" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_named_by_file_line_and_column_and_nothing_of_any_file_is_written(string file, string content, int line, string column, string words)
    {
        using var host = new PressHost();
        await host.Import().ListOwnedFilesAsync(new ListOwnedFilesRequest());
        var empty = SqliteDump.Of(host.DatabaseFile);
        var files = AllFiles.Where(f => f.Item1 != file).Append((file, content)).ToArray();

        var response = await host.Import().ImportFilesAsync(PressHost.Request(dryRun: false, files));

        var error = Assert.Single(response.Errors);
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.Empty(response.Counts);
        Assert.Equal(empty, SqliteDump.Of(host.DatabaseFile));
    }

    [Fact]
    public async Task A_language_row_may_rely_on_a_total_stored_before_and_may_not_push_the_parts_above_it()
    {
        using var host = new PressHost();
        await host.ImportAsync(("broadcasts.csv", "station,medium,period,unit,hours\nĐài huyện,radio,2018,622,500\n"));

        var fits = await host.Import().ImportFilesAsync(PressHost.Request(dryRun: true, ("broadcasts.csv", "station,medium,period,language,unit,hours\nĐài huyện,radio,2018,jrai,622,400\n")));
        var above = await host.Import().ImportFilesAsync(PressHost.Request(dryRun: true, ("broadcasts.csv", "station,medium,period,language,unit,hours\nĐài huyện,radio,2018,jrai,622,501\n")));

        Assert.Empty(fits.Errors);
        var error = Assert.Single(above.Errors);
        Assert.Equal((2, "hours"), (error.Line, error.Column));
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_changed_by_an_import_is_recorded_by_the_permit_in_its_history()
    {
        using var host = new PressHost();
        await host.ImportAsync(("licences.csv", Licences));

        await host.ImportAsync(("licences.csv", Licences.Replace("2018-02-01,,issued", "2018-02-01,,suspended", StringComparison.Ordinal)));
        var permit = await host.Permits().GetPermitAsync(new GetPermitRequest { Province = GiaLai, Number = "15/GP-STTTT" });

        Assert.Equal(["issued", "suspended"], permit.History.Select(h => h.Status));
        Assert.Equal("suspended", permit.Status);
        Assert.Equal(2, permit.Version);
    }
}
