using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;
using static GiaLaiIct.InformationTechnology.Tests.ItHost;

namespace GiaLaiIct.InformationTechnology.Tests;

/// <summary>The e-government systems' figures: recorded per unit and period, checked field by field, counted as stocks or as events.</summary>
public sealed class EGovernmentTests
{
    private static string[] Fields(RpcException error) => [.. error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct()];

    [Fact]
    public async Task Accounts_held_are_the_last_quarters_while_accounts_created_and_meetings_add_up_over_the_quarters()
    {
        using var host = new ItHost();
        var client = host.EGovernmentClient();
        await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018Q1", MailAccounts = 4800, MailCreated = 100, VideoMeetings = 5 });
        await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018Q2", MailAccounts = 5000, MailCreated = 210, MailRemoved = 10, VideoMeetings = 7 });
        await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = "622", Period = "2018Q2", MailAccounts = 200, MailCreated = 20 });

        var half = await host.ComputeAsync("2018H1", [GiaLai, "622"], "IT.MAIL.ACCOUNTS", "IT.MAIL.CREATED", "IT.MAIL.REMOVED", "IT.VIDEOCONF.MEETINGS", "IT.TRAINING.CLASSES");
        var firstQuarter = await host.ComputeAsync("2018Q1", [GiaLai], "IT.MAIL.ACCOUNTS", "IT.MAIL.CREATED");

        // The province holds its own 5 000 and Pleiku's 200 at the end of June; 100 + 210 + 20 were created.
        Assert.Equal(5200, Value(half, "IT.MAIL.ACCOUNTS", GiaLai));
        Assert.Equal(330, Value(half, "IT.MAIL.CREATED", GiaLai));
        Assert.Equal(10, Value(half, "IT.MAIL.REMOVED", GiaLai));
        Assert.Equal(12, Value(half, "IT.VIDEOCONF.MEETINGS", GiaLai));
        Assert.Equal(200, Value(half, "IT.MAIL.ACCOUNTS", "622"));
        Assert.Equal(4800, Value(firstQuarter, "IT.MAIL.ACCOUNTS", GiaLai));
        Assert.Equal(100, Value(firstQuarter, "IT.MAIL.CREATED", GiaLai));
        // No row reports training: "no data", not a zero.
        Assert.False(half.Values.Single(v => v.Indicator == "IT.TRAINING.CLASSES" && v.Unit == GiaLai).HasData);
        Assert.True(half.Values.Single(v => v.Indicator == "IT.MAIL.CREATED" && v.Unit == GiaLai).HasData);
    }

    public static TheoryData<string, RecordEGovernmentFiguresRequest> BadFigures() => new()
    {
        { "mailAccounts", new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018" } },
        { "mailRemoved", new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018", MailRemoved = -1 } },
        { "trainingClasses", new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018", TrainingAttendees = 180 } },
        { "trainingAttendees", new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018", TrainingClasses = 6, TrainingAttendees = 5 } },
        { "period", new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018Q5", VideoMeetings = 1 } },
        { "unit", new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = "99999", Period = "2018", VideoMeetings = 1 } },
    };

    [Theory]
    [MemberData(nameof(BadFigures))]
    public async Task Figures_breaking_a_rule_are_refused_naming_the_field_and_nothing_is_written(string field, RecordEGovernmentFiguresRequest request)
    {
        using var host = new ItHost();
        var client = host.EGovernmentClient();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.RecordEGovernmentFiguresAsync(request).ResponseAsync);
        var stored = await client.ListEGovernmentFiguresAsync(new ListEGovernmentFiguresRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], Fields(error));
        Assert.Empty(stored.Figures);
    }

    [Fact]
    public async Task A_units_periods_do_not_overlap_a_change_needs_the_version_read_and_listing_pages_by_period()
    {
        using var host = new ItHost();
        var client = host.EGovernmentClient();
        var first = await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018M01", DocumentsExchanged = 1000 });
        var repeated = await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018M01", DocumentsExchanged = 1000 });
        var overlap = await Assert.ThrowsAsync<RpcException>(() => client.RecordEGovernmentFiguresAsync(
            new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018Q1", DocumentsExchanged = 3000 }).ResponseAsync);
        var blind = await Assert.ThrowsAsync<RpcException>(() => client.RecordEGovernmentFiguresAsync(
            new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018M01", DocumentsExchanged = 1200 }).ResponseAsync);
        var changed = await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018M01", DocumentsExchanged = 1200, Version = first.Version });
        await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = "622", Period = "2018M01", DocumentUsers = 80 });
        await client.RecordEGovernmentFiguresAsync(new RecordEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018M02", DocumentsExchanged = 900 });
        var page1 = await client.ListEGovernmentFiguresAsync(new ListEGovernmentFiguresRequest { Province = GiaLai, PageSize = 2 });
        var page2 = await client.ListEGovernmentFiguresAsync(new ListEGovernmentFiguresRequest { Province = GiaLai, PageSize = 2, PageToken = page1.NextPageToken });
        var ofPleiku = await client.ListEGovernmentFiguresAsync(new ListEGovernmentFiguresRequest { Province = GiaLai, Unit = "622" });
        var fetched = await client.GetEGovernmentFiguresAsync(new GetEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018M01" });
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetEGovernmentFiguresAsync(new GetEGovernmentFiguresRequest { Province = GiaLai, Unit = GiaLai, Period = "2018M03" }).ResponseAsync);

        Assert.Equal(first.Version, repeated.Version);
        Assert.Equal(["period"], Fields(overlap));
        Assert.Equal(StatusCode.Aborted, blind.StatusCode);
        Assert.Equal(1200, changed.DocumentsExchanged);
        Assert.False(changed.HasMailAccounts);
        Assert.Equal([("622", "2018M01"), (GiaLai, "2018M01")], page1.Figures.Select(f => (f.Unit, f.Period)));
        Assert.Equal([(GiaLai, "2018M02")], page2.Figures.Select(f => (f.Unit, f.Period)));
        Assert.Empty(page2.NextPageToken);
        Assert.Equal(80, Assert.Single(ofPleiku.Figures).DocumentUsers);
        Assert.Equal(changed, fetched);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Egov_figures_csv_is_imported_by_unit_and_period_and_a_bad_cell_is_told_by_line_and_column()
    {
        using var host = new ItHost();
        var import = host.ImportClient();
        const string Good = "unit,period,mail_accounts,mail_created,mail_removed,certificates_organisation,certificates_individual,training_classes,training_attendees\n"
            + "64,2018,5200,467,21,453,26,6,180\n";
        const string Bad = "unit,period,video_meetings,training_attendees\n64,2019,21,\n622,2019,x,180\n64,2020,,180\n";

        var first = await import.ImportFilesAsync(Dataset(false, ("egov_figures.csv", Good)));
        var again = await import.ImportFilesAsync(Dataset(false, ("egov_figures.csv", Good)));
        var refused = await import.ImportFilesAsync(Dataset(false, ("egov_figures.csv", Bad)));
        var year = await host.ComputeAsync("2018", [GiaLai], "IT.CERTS.ORG", "IT.CERTS.PERSON", "IT.TRAINING.ATTENDEES");
        var stored = await host.EGovernmentClient().ListEGovernmentFiguresAsync(new ListEGovernmentFiguresRequest { Province = GiaLai });

        Assert.Equal(1, Assert.Single(first.Counts).Inserted);
        Assert.Equal((0, 0), (again.Counts.Single().Inserted, again.Counts.Single().Updated));
        // Seed 004: 479 certificates in use, 453 of organisations and 26 of individuals.
        Assert.Equal(453, Value(year, "IT.CERTS.ORG", GiaLai));
        Assert.Equal(26, Value(year, "IT.CERTS.PERSON", GiaLai));
        Assert.Equal(180, Value(year, "IT.TRAINING.ATTENDEES", GiaLai));
        Assert.Equal([("egov_figures.csv", 3, "video_meetings"), ("egov_figures.csv", 4, "training_classes")],
            refused.Errors.Select(e => (e.File, e.Line, e.Column)));
        Assert.Equal(["2018"], stored.Figures.Select(f => f.Period));
    }
}
