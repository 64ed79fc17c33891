using GiaLaiIct.Inspection.V1;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;

namespace GiaLaiIct.Inspection.Tests;

public sealed class ComplaintDeadlineTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static CreateComplaintRequest Letter(string id, string kind = "complaint", string deadline = "2026-06-30", string received = "2026-05-20") => new()
    {
        Province = "64", Id = id, Kind = kind, Field = "telecom", Summary = "Khiếu nại cước thuê bao di động trả trước",
        ReceivedOn = received, DeadlineOn = deadline,
    };

    [Fact]
    public async Task A_letter_due_on_30_June_is_on_time_all_of_that_day_in_Vietnam_and_overdue_from_1_July()
    {
        // 23:58 on 30 June in Vietnam, 16:58 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 58, 0, Vietnam));
        using var host = new InspectionHost();
        host.WithClock(clock);
        var client = host.ComplaintsClient();
        await client.CreateComplaintAsync(Letter("DT-01"));

        var lastDay = await client.GetComplaintAsync(new GetComplaintRequest { Province = "64", Id = "DT-01" });
        clock.Advance(TimeSpan.FromMinutes(3)); // 00:01 on 1 July in Vietnam: still 30 June in UTC.
        var nextDay = await client.GetComplaintAsync(new GetComplaintRequest { Province = "64", Id = "DT-01" });
        var overdueLists = await client.ListComplaintsAsync(new ListComplaintsRequest { Province = "64", Overdue = true, AsOf = "2026-07-01" });
        var notYet = await client.ListComplaintsAsync(new ListComplaintsRequest { Province = "64", Overdue = true, AsOf = "2026-06-30" });

        Assert.False(lastDay.Overdue);
        Assert.True(nextDay.Overdue);
        Assert.Equal(["DT-01"], overdueLists.Complaints.Select(c => c.Id));
        Assert.Empty(notYet.Complaints);
    }

    [Fact]
    public async Task An_extension_moves_the_deadline_once_and_a_second_one_is_refused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 9, 0, 0, Vietnam));
        using var host = new InspectionHost();
        host.WithClock(clock);
        var client = host.ComplaintsClient();
        var letter = await client.CreateComplaintAsync(Letter("DT-02"));
        Assert.True(letter.Overdue);

        var extended = await client.ExtendComplaintDeadlineAsync(new ExtendComplaintDeadlineRequest
        {
            Province = "64", Id = "DT-02", ExtendedTo = "2026-07-10", Reason = "Vụ việc phức tạp, cần xác minh thêm", Version = letter.Version,
        });
        var second = await Assert.ThrowsAsync<RpcException>(() => client.ExtendComplaintDeadlineAsync(new ExtendComplaintDeadlineRequest
        {
            Province = "64", Id = "DT-02", ExtendedTo = "2026-07-14", Reason = "lại", Version = extended.Version,
        }).ResponseAsync);
        var onTenth = await client.GetComplaintAsync(new GetComplaintRequest { Province = "64", Id = "DT-02", AsOf = "2026-07-10" });
        var onEleventh = await client.GetComplaintAsync(new GetComplaintRequest { Province = "64", Id = "DT-02", AsOf = "2026-07-11" });

        Assert.False(extended.Overdue);
        Assert.Equal("2026-07-10", extended.ExtendedTo);
        Assert.Equal(StatusCode.InvalidArgument, second.StatusCode);
        Assert.False(onTenth.Overdue);
        Assert.True(onEleventh.Overdue);
    }

    [Fact]
    public async Task A_referred_or_resolved_letter_is_not_overdue_and_a_letter_without_deadline_gets_the_statutory_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 1, 9, 0, 0, Vietnam));
        using var host = new InspectionHost();
        host.WithClock(clock);
        var client = host.ComplaintsClient();
        var referred = await client.CreateComplaintAsync(Letter("DT-03"));
        var resolved = await client.CreateComplaintAsync(Letter("DT-04"));
        await client.ReferComplaintAsync(new ReferComplaintRequest { Province = "64", Id = "DT-03", ReferredTo = "Công an huyện Chư Păh", ReferredOn = "2026-06-01", Version = referred.Version });
        await client.ResolveComplaintAsync(new ResolveComplaintRequest { Province = "64", Id = "DT-04", ResolvedOn = "2026-07-20", Version = resolved.Version });
        // Luật Khiếu nại 2011: 10 days to accept, then 30 to settle; Luật Tố cáo 2018: 7 working days (10 calendar), then 30.
        var complaint = await client.CreateComplaintAsync(Letter("DT-05", deadline: "", received: "2026-03-01"));
        var petition = await client.CreateComplaintAsync(Letter("DT-06", kind: "petition", deadline: "", received: "2026-03-01"));

        var overdueNow = await client.ListComplaintsAsync(new ListComplaintsRequest { Province = "64", Overdue = true });
        var overdueInJuly = await client.ListComplaintsAsync(new ListComplaintsRequest { Province = "64", Overdue = true, AsOf = "2026-07-05" });

        Assert.Equal("2026-04-10", complaint.DeadlineOn);
        Assert.Equal("2026-03-26", petition.DeadlineOn);
        Assert.Equal(["DT-05", "DT-06"], overdueNow.Complaints.Select(c => c.Id));
        // On 5 July the resolved one was still open (resolved on 20 July); the referred one had left on 1 June.
        Assert.Equal(["DT-04", "DT-05", "DT-06"], overdueInJuly.Complaints.Select(c => c.Id));
    }

    [Fact]
    public async Task A_letter_not_accepted_is_counted_apart_and_never_overdue()
    {
        using var host = new InspectionHost();
        var client = host.ComplaintsClient();
        await client.CreateComplaintAsync(Letter("DT-11", deadline: "2026-06-10"));
        var notAccepted = Letter("DT-12", deadline: "2026-06-10");
        notAccepted.NotAcceptedReason = "Đơn gửi đồng thời nhiều cơ quan";
        await client.CreateComplaintAsync(notAccepted);
        await client.CreateComplaintAsync(Letter("DT-13", received: "2026-07-02", deadline: "2026-08-10"));

        var second = await client.GetComplaintAsync(new GetComplaintRequest { Province = "64", Id = "DT-12", AsOf = "2026-06-30" });
        var overdue = await client.ListComplaintsAsync(new ListComplaintsRequest { Province = "64", Overdue = true, AsOf = "2026-06-30" });
        var counts = (await host.IndicatorsClient().ComputeIndicatorsAsync(new GiaLaiIct.Indicators.V1.ComputeIndicatorsRequest
        {
            Province = "64", Period = "2026Q2", Indicators = { "COMPLAINTS.RECEIVED", "COMPLAINTS.NOT_ACCEPTED", "COMPLAINTS.OVERDUE" },
        })).Values.ToDictionary(v => v.Indicator, v => v.Value);

        Assert.False(second.Overdue);
        Assert.Equal(["DT-11"], overdue.Complaints.Select(c => c.Id));
        Assert.Equal((2L, 1L, 1L), (counts["COMPLAINTS.RECEIVED"], counts["COMPLAINTS.NOT_ACCEPTED"], counts["COMPLAINTS.OVERDUE"]));
    }
}
