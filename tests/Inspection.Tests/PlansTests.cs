using GiaLaiIct.Inspection.V1;
using Grpc.Core;

namespace GiaLaiIct.Inspection.Tests;

public sealed class PlansTests
{
    [Fact]
    public async Task A_yearly_plan_lists_its_items_and_which_inspection_carried_each_out()
    {
        using var host = new InspectionHost();
        var plans = new InspectionPlans.InspectionPlansClient(host.CreateGrpcChannel());
        var plan = await plans.SetPlanAsync(new SetPlanRequest { Province = "64", Year = 2019, Title = "Kế hoạch thanh tra chuyên ngành TT&TT năm 2019", Version = 0 });
        foreach (var (item, field, subject) in new[] { (1, "posts", "Bưu chính, chuyển phát"), (2, "frequency", "Tần số vô tuyến điện") })
        {
            await plans.SetPlannedInspectionAsync(new SetPlannedInspectionRequest
            {
                Province = "64", Year = 2019, Item = item, Field = field, Lead = "department", Subject = subject, Quarter = item + 1, Version = 0,
            });
        }
        await host.InspectionsClient().CreateInspectionAsync(new CreateInspectionRequest
        {
            Province = "64", Id = "TT-2019-01", Kind = "scheduled", Field = "posts", Lead = "department", Unit = "622",
            StartedOn = "2019-04-02", Subjects = 5, PlanYear = 2019, PlanItem = 1,
        });

        var items = await plans.ListPlannedInspectionsAsync(new ListPlannedInspectionsRequest { Province = "64", Year = 2019 });
        var pending = await plans.ListPlannedInspectionsAsync(new ListPlannedInspectionsRequest { Province = "64", Year = 2019, PendingOnly = true });
        var read = await plans.GetPlanAsync(new GetPlanRequest { Province = "64", Year = 2019 });
        var stale = await Assert.ThrowsAsync<RpcException>(() => plans.SetPlanAsync(new SetPlanRequest
        {
            Province = "64", Year = 2019, Title = "Kế hoạch sửa đổi", Version = 0,
        }).ResponseAsync);

        Assert.Equal(["TT-2019-01"], items.PlannedInspections.Single(i => i.Item == 1).Inspections);
        Assert.Equal([2], pending.PlannedInspections.Select(i => i.Item));
        Assert.Equal((2, 1, plan.Version), (read.Planned, read.CarriedOut, read.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }
}
