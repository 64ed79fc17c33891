using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;

namespace GiaLaiIct.Reporting.Tests.MasterData;

public sealed class WorkPlansTests
{
    // Seed 001's appendix in miniature: due months, a recurring task, numbers that sort as numbers.
    private const string Tasks = """
        plan,number,content,lead,coordinators,due,status
        KH-NQ01-2021,1,Xây dựng Chính quyền số,Sở Thông tin và Truyền thông,UBND các huyện;Sở Nội vụ,2021-06,doing
        KH-NQ01-2021,2,Phát triển hạ tầng băng rộng,Các doanh nghiệp viễn thông,Sở TT&TT,2021-09,todo
        KH-NQ01-2021,10,Tuyên truyền chuyển đổi số,Sở Thông tin và Truyền thông,,recurring,doing
        KH-NQ01-2021,2.1,Phủ sóng 4G thôn làng,Các doanh nghiệp viễn thông,,2021-06,done
        KH-CDS-2022,1,Đề án chuyển đổi số,Sở Thông tin và Truyền thông,,2022-03,todo
        """;

    /// <summary>A host whose clock reads <paramref name="today"/> (Vietnam time), with <see cref="Tasks"/> imported.</summary>
    private static async Task<ReportingHost> HostOnAsync(DateOnly today)
    {
        var host = new ReportingHost();
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)));
        host.WithClock(clock);
        using var http = host.CreateClientAs(TestCaller.Admin);
        await http.ImportAsync(("tasks.csv", Tasks));
        return host;
    }

    [Fact]
    public async Task A_task_is_overdue_from_the_day_after_its_due_month_until_it_is_done()
    {
        using var lastDayOfJune = await HostOnAsync(new DateOnly(2021, 6, 30));
        using var firstOfJuly = await HostOnAsync(new DateOnly(2021, 7, 1));

        var inJune = await new WorkPlans.WorkPlansClient(lastDayOfJune.CreateGrpcChannel())
            .ListTasksAsync(new ListTasksRequest { Province = "64", Plan = "KH-NQ01-2021", Overdue = true });
        var july = new WorkPlans.WorkPlansClient(firstOfJuly.CreateGrpcChannel());
        var inJuly = await july.ListTasksAsync(new ListTasksRequest { Province = "64", Plan = "KH-NQ01-2021", Overdue = true });
        var task = await july.GetTaskAsync(new GetTaskRequest { Province = "64", Plan = "KH-NQ01-2021", Number = "1" });
        var done = await july.UpdateTaskStatusAsync(new UpdateTaskStatusRequest { Province = "64", Plan = "KH-NQ01-2021", Number = "1", Status = "done", Version = task.Version });
        var afterDone = await july.ListTasksAsync(new ListTasksRequest { Province = "64", Plan = "KH-NQ01-2021", Overdue = true });

        Assert.Empty(inJune.Tasks);
        Assert.Equal(["1"], inJuly.Tasks.Select(t => t.Number).ToArray());
        Assert.True(task.Overdue);
        Assert.Equal(("done", false, task.Version + 1), (done.Status, done.Overdue, done.Version));
        Assert.Empty(afterDone.Tasks);
    }

    [Fact]
    public async Task Tasks_come_in_the_plans_order_with_their_agencies_and_due_month_or_recurring()
    {
        using var host = await HostOnAsync(new DateOnly(2021, 7, 1));
        var client = new WorkPlans.WorkPlansClient(host.CreateGrpcChannel(TestCaller.Viewer));

        var plan = await client.ListTasksAsync(new ListTasksRequest { Province = "64", Plan = "KH-NQ01-2021" });
        var byLead = await client.ListTasksAsync(new ListTasksRequest { Province = "64", Plan = "-", Lead = "so thong tin" });
        var todo = await client.ListTasksAsync(new ListTasksRequest { Province = "64", Plan = "-", Status = "todo" });

        Assert.Equal(["1", "2", "2.1", "10"], plan.Tasks.Select(t => t.Number).ToArray());
        Assert.Equal(["UBND các huyện", "Sở Nội vụ"], plan.Tasks[0].Coordinators.ToArray());
        Assert.Equal(["2021-06", "2021-09", "2021-06", "recurring"], plan.Tasks.Select(t => t.Due).ToArray());
        Assert.Equal(["KH-CDS-2022/1", "KH-NQ01-2021/1", "KH-NQ01-2021/10"], byLead.Tasks.Select(t => $"{t.Plan}/{t.Number}").ToArray());
        Assert.Equal(["KH-CDS-2022/1", "KH-NQ01-2021/2"], todo.Tasks.Select(t => $"{t.Plan}/{t.Number}").ToArray());
    }

    [Fact]
    public async Task Plans_are_listed_with_their_counts_of_tasks_done_and_overdue()
    {
        using var host = await HostOnAsync(new DateOnly(2021, 10, 1));
        using var http = host.CreateClientAs(TestCaller.Viewer);

        var plans = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/work-plans");

        var counts = plans!["plans"]!.AsArray().Select(p => (p!["plan"]!.GetValue<string>(), p["tasks"]!.GetValue<int>(), p["done"]!.GetValue<int>(), p["overdue"]!.GetValue<int>()));
        // On 1 October 2021 tasks 1 (June) and 2 (September) of the 2021 plan are late; 2.1 is done, 10 is recurring.
        Assert.Equal([("KH-CDS-2022", 1, 0, 0), ("KH-NQ01-2021", 4, 1, 2)], counts.ToArray());
    }

    [Fact]
    public async Task A_stale_status_change_is_aborted_a_bad_status_names_the_field_and_an_unknown_task_is_not_found()
    {
        using var host = await HostOnAsync(new DateOnly(2021, 7, 1));
        var client = new WorkPlans.WorkPlansClient(host.CreateGrpcChannel());
        var task = await client.GetTaskAsync(new GetTaskRequest { Province = "64", Plan = "KH-NQ01-2021", Number = "2" });
        UpdateTaskStatusRequest Update(string status) => new() { Province = "64", Plan = "KH-NQ01-2021", Number = "2", Status = status, Version = task.Version };
        await client.UpdateTaskStatusAsync(Update("doing"));
        using var http = host.CreateClientAs(TestCaller.Admin);

        var stale = await Assert.ThrowsAsync<RpcException>(() => client.UpdateTaskStatusAsync(Update("done")).ResponseAsync);
        var retry = await client.UpdateTaskStatusAsync(Update("doing"));
        using var badStatus = await http.PatchAsJsonAsync("/api/v1/provinces/64/work-plans/KH-NQ01-2021/tasks/2", new { status = "finished", version = retry.Version });
        using var unknown = await http.PatchAsJsonAsync("/api/v1/provinces/64/work-plans/KH-NQ01-2021/tasks/99", new { status = "done", version = 1 });
        using var unknownPlan = await http.GetAsync("/api/v1/provinces/64/work-plans/KH-NONE/tasks");

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(("doing", task.Version + 1), (retry.Status, retry.Version));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("todo, doing, done", JsonNode.Parse(await badStatus.Content.ReadAsStringAsync())!["errors"]!["status"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPlan.StatusCode);
    }
}
