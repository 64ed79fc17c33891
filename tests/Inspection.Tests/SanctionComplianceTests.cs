using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Inspection.V1;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>
/// A sanction decision must be complied with by a date: the one it states, or 10 days from the day it was decided
/// (Luật Xử lý vi phạm hành chính 2012 art. 73); past it, issued and neither complied with nor enforced, it is overdue.
/// </summary>
public sealed class SanctionComplianceTests
{
    private static async Task<InspectionHost> HostWithInspectionAsync()
    {
        var host = new InspectionHost();
        await host.InspectionsClient().CreateInspectionAsync(new CreateInspectionRequest
        {
            Province = "64", Id = "TT-1", Kind = "unscheduled", Field = "frequency", Lead = "department", Unit = "622",
            StartedOn = "2018-02-20", Subjects = 3, Violations = 2,
        });
        return host;
    }

    private static CreateSanctionRequest Decision(string number, string decidedOn, string complyBy = "") => new()
    {
        Province = "64", Number = number, InspectionId = "TT-1", Subject = "Ông Trần Văn Cường",
        Violation = "Sử dụng tần số vô tuyến điện không có giấy phép", FineVnd = 2_000_000, DecidedOn = decidedOn, ComplyBy = complyBy,
    };

    [Fact]
    public async Task A_decision_without_a_compliance_date_is_due_10_days_later_and_overdue_from_the_next_day()
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();

        var created = await client.CreateSanctionAsync(Decision("05/QĐ-XPVPHC", "2018-03-01"));
        var lastDay = await client.GetSanctionAsync(new GetSanctionRequest { Province = "64", Number = "05/QĐ-XPVPHC", AsOf = "2018-03-11" });
        var nextDay = await client.GetSanctionAsync(new GetSanctionRequest { Province = "64", Number = "05/QĐ-XPVPHC", AsOf = "2018-03-12" });
        var overdueOn12 = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", ComplianceOverdue = true, AsOf = "2018-03-12" });
        var overdueOn11 = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", ComplianceOverdue = true, AsOf = "2018-03-11" });

        Assert.Equal("2018-03-11", created.ComplyBy);
        // Recorded years later (today, Vietnam time, without as_of): long overdue.
        Assert.True(created.ComplianceOverdue);
        Assert.False(lastDay.ComplianceOverdue);
        Assert.True(nextDay.ComplianceOverdue);
        Assert.Equal(["05/QĐ-XPVPHC"], overdueOn12.Sanctions.Select(s => s.Number));
        Assert.Empty(overdueOn11.Sanctions);
    }

    [Fact]
    public async Task A_stated_compliance_date_wins_and_a_settled_decision_is_overdue_only_before_it_was_settled()
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();
        var longer = await client.CreateSanctionAsync(Decision("06/QĐ-XPVPHC", "2018-03-01", complyBy: "2018-03-31"));
        var enforced = await client.CreateSanctionAsync(Decision("07/QĐ-XPVPHC", "2018-03-01"));
        await client.SettleSanctionAsync(new SettleSanctionRequest
        {
            Province = "64", Number = "07/QĐ-XPVPHC", Status = "enforced", SettledOn = "2018-04-20", Version = enforced.Version,
        });

        var onApril1 = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", ComplianceOverdue = true, AsOf = "2018-04-01" });
        var onMarch20 = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", ComplianceOverdue = true, AsOf = "2018-03-20" });
        var now = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", ComplianceOverdue = true });
        var settledAsOfApril = await client.GetSanctionAsync(new GetSanctionRequest { Province = "64", Number = "07/QĐ-XPVPHC", AsOf = "2018-04-19" });

        Assert.Equal("2018-03-31", longer.ComplyBy);
        Assert.Equal(["06/QĐ-XPVPHC", "07/QĐ-XPVPHC"], onApril1.Sanctions.Select(s => s.Number));
        Assert.Equal(["07/QĐ-XPVPHC"], onMarch20.Sanctions.Select(s => s.Number));
        Assert.Equal(["06/QĐ-XPVPHC"], now.Sanctions.Select(s => s.Number));
        Assert.True(settledAsOfApril.ComplianceOverdue);
    }

    [Fact]
    public async Task A_new_decision_date_without_a_stated_compliance_date_moves_the_statutory_one()
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();
        var created = await client.CreateSanctionAsync(Decision("08/QĐ-XPVPHC", "2018-03-01", complyBy: "2018-04-15"));

        var updated = await client.UpdateSanctionAsync(new UpdateSanctionRequest
        {
            Province = "64", Number = "08/QĐ-XPVPHC", InspectionId = "TT-1", Subject = created.Subject, Violation = created.Violation,
            FineVnd = created.FineVnd, DecidedOn = "2018-03-05", Version = created.Version,
        });

        Assert.Equal(("2018-03-05", "2018-03-15"), (updated.DecidedOn, updated.ComplyBy));
    }

    [Fact]
    public async Task A_compliance_date_before_the_decision_is_refused_naming_the_field_and_nothing_is_written()
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateSanctionAsync(Decision("09/QĐ-XPVPHC", "2018-03-01", complyBy: "2018-02-28")).ResponseAsync);
        var asOf = await Assert.ThrowsAsync<RpcException>(() => client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", AsOf = "12/03/2018" }).ResponseAsync);
        var list = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64" });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["complyBy"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Equal(["asOf"], asOf.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Empty(list.Sanctions);
    }

    [Fact]
    public async Task The_decisions_overdue_for_compliance_and_those_complied_with_are_counted_at_the_period_end()
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();
        var complied = await client.CreateSanctionAsync(Decision("10/QĐ-XPVPHC", "2018-03-01"));
        await client.SettleSanctionAsync(new SettleSanctionRequest { Province = "64", Number = "10/QĐ-XPVPHC", Status = "complied", SettledOn = "2018-03-08", Version = complied.Version });
        await client.CreateSanctionAsync(Decision("11/QĐ-XPVPHC", "2018-09-25"));

        async Task<Dictionary<string, long>> CountsAsync(string period) =>
            (await host.IndicatorsClient().ComputeIndicatorsAsync(new ComputeIndicatorsRequest
            {
                Province = "64", Period = period, Indicators = { "INSP.SANCTIONS.COMPLIED", "INSP.SANCTIONS.OVERDUE" },
            })).Values.ToDictionary(v => v.Indicator, v => v.Value);
        var year = await CountsAsync("2018");
        // 30 September: decision 11 is still inside its 10 days (due 5 October).
        var q3 = await CountsAsync("2018Q3");

        Assert.Equal((1L, 1L), (year["INSP.SANCTIONS.COMPLIED"], year["INSP.SANCTIONS.OVERDUE"]));
        Assert.Equal((0L, 0L), (q3["INSP.SANCTIONS.COMPLIED"], q3["INSP.SANCTIONS.OVERDUE"]));
    }

    [Fact]
    public async Task A_dataset_row_may_state_the_compliance_date_and_one_before_the_decision_is_an_error()
    {
        using var host = new InspectionHost();
        const string inspections = "id,kind,field,lead,unit,started_on,subjects\nTT-1,unscheduled,frequency,department,622,2018-02-20,3\n";
        ImportFilesRequest Request(string complyBy) => new()
        {
            Province = "64",
            Files =
            {
                new DatasetFile { Name = "inspections.csv", Content = ByteString.CopyFromUtf8(inspections) },
                new DatasetFile
                {
                    Name = "sanctions.csv",
                    Content = ByteString.CopyFromUtf8($"decision_number,inspection_id,subject,violation,fine_vnd,decided_on,status,comply_by\n"
                        + $"12/QĐ-XPVPHC,TT-1,Ông Lê Văn Dũng,Sử dụng tần số không phép,2000000,2018-03-01,issued,{complyBy}\n"
                        + "13/QĐ-XPVPHC,TT-1,Bà Phạm Thị Hoa,Sử dụng tần số không phép,2000000,2018-03-02,issued,\n"),
                },
            },
        };

        var refused = await host.DatasetClient().ImportFilesAsync(Request("2018-02-01"));
        var imported = await host.DatasetClient().ImportFilesAsync(Request("2018-04-30"));
        var stated = await host.SanctionsClient().GetSanctionAsync(new GetSanctionRequest { Province = "64", Number = "12/QĐ-XPVPHC" });
        var statutory = await host.SanctionsClient().GetSanctionAsync(new GetSanctionRequest { Province = "64", Number = "13/QĐ-XPVPHC" });

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("sanctions.csv", 2, "comply_by"), (error.File, error.Line, error.Column));
        Assert.Empty(imported.Errors);
        Assert.Equal(("2018-04-30", "2018-03-12"), (stated.ComplyBy, statutory.ComplyBy));
    }
}
