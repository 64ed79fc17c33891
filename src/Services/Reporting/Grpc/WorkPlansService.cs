using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using WorkPlanTask = GiaLaiIct.Reporting.Domain.WorkPlanTask;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>
/// Work plans and their tasks. Overdue is decided on each read against today in Vietnam, so a task becomes overdue
/// the day after its due month ends without anything being written.
/// </summary>
public sealed class WorkPlansService(ReportingDbContext db, TimeProvider clock) : WorkPlans.WorkPlansBase
{
    /// <summary>The plan "code" that lists the tasks of every plan.</summary>
    public const string EveryPlan = "-";

    public override async Task<ListWorkPlansResponse> ListWorkPlans(ListWorkPlansRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var today = clock.Today();
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ProvinceCode == province).ToListAsync(context.CancellationToken);
        return new ListWorkPlansResponse
        {
            Plans =
            {
                tasks.GroupBy(t => t.Plan, StringComparer.Ordinal).OrderBy(plan => plan.Key, StringComparer.Ordinal).Select(plan => new WorkPlan
                {
                    Plan = plan.Key,
                    Tasks = plan.Count(),
                    Done = plan.Count(t => t.Status == WorkPlanTaskStatus.Done),
                    Overdue = plan.Count(t => t.IsOverdue(today)),
                }),
            },
        };
    }

    public override async Task<ListTasksResponse> ListTasks(ListTasksRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("plan", request.Plan);
        var status = violations.OptionalEnum<WorkPlanTaskStatus>("status", request.Status);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var plan = request.Plan.Trim();
        var query = db.Tasks.AsNoTracking().Where(t => t.ProvinceCode == province);
        if (plan != EveryPlan)
        {
            if (!await query.AnyAsync(t => t.Plan == plan, context.CancellationToken))
            {
                throw new RpcException(new Status(StatusCode.NotFound, $"Work plan {plan} has no task in province {province}."));
            }
            query = query.Where(t => t.Plan == plan);
        }
        if (status is { } wanted)
        {
            query = query.Where(t => t.Status == wanted);
        }
        var today = clock.Today();
        var lead = string.IsNullOrWhiteSpace(request.Lead) ? null : VietnameseText.Fold(request.Lead);
        var tasks = (await query.ToListAsync(context.CancellationToken))
            .Where(t => !request.Overdue || t.IsOverdue(today))
            .Where(t => lead is null || VietnameseText.Fold(t.Lead).Contains(lead, StringComparison.Ordinal))
            .OrderBy(t => t.Plan, StringComparer.Ordinal)
            .ThenBy(t => t.Number, TaskNumberOrder.Instance);
        return new ListTasksResponse { Tasks = { tasks.Select(t => ToMessage(t, today)) } };
    }

    public override async Task<V1.WorkPlanTask> GetTask(GetTaskRequest request, ServerCallContext context)
    {
        var (province, plan, number) = ValidateTaskKey(new FieldViolations(), request.Province, request.Plan, request.Number);
        var task = await FindAsync(province, plan, number, tracked: false, context.CancellationToken);
        return ToMessage(task, clock.Today());
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.WorkPlanTask> UpdateTaskStatus(UpdateTaskStatusRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var status = violations.Enum<WorkPlanTaskStatus>("status", request.Status);
        violations.VersionRead("version", request.Version);
        var (province, plan, number) = ValidateTaskKey(violations, request.Province, request.Plan, request.Number);

        var task = await FindAsync(province, plan, number, tracked: true, context.CancellationToken);
        task.Status = status!.Value;
        await db.SaveAsOfVersionAsync(task, request.Version, context.CancellationToken);
        return ToMessage(task, clock.Today());
    }

    private static (string Province, string Plan, string Number) ValidateTaskKey(FieldViolations violations, string province, string plan, string number)
    {
        violations.Required("province", province);
        violations.Required("plan", plan);
        violations.Required("number", number);
        violations.ThrowIfAny();
        return (province.Trim(), plan.Trim(), number.Trim());
    }

    private async Task<WorkPlanTask> FindAsync(string province, string plan, string number, bool tracked, CancellationToken cancellationToken)
    {
        var tasks = tracked ? db.Tasks : db.Tasks.AsNoTracking();
        return await tasks.SingleOrDefaultAsync(t => t.ProvinceCode == province && t.Plan == plan && t.Number == number, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Task {number} of work plan {plan} does not exist in province {province}."));
    }

    private static V1.WorkPlanTask ToMessage(WorkPlanTask task, DateOnly today) => new()
    {
        Province = task.ProvinceCode,
        Plan = task.Plan,
        Number = task.Number,
        Content = task.Content,
        Lead = task.Lead,
        Coordinators = { task.Coordinators },
        Due = task.Due,
        Status = WireNames.ToWire(task.Status),
        Overdue = task.IsOverdue(today),
        Version = task.Version,
    };
}
