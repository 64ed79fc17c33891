using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Import;

/// <summary>tasks.csv: plan, number, content, lead, coordinators (optional, ';'-separated), due (yyyy-MM or recurring), status; keyed by plan and number.</summary>
internal sealed class TasksImport(ReportingDbContext db, ReportingImportScope scope)
    : DatasetFileImport(DatasetFiles.Tasks, ["plan", "number", "content", "lead", "due", "status"], ["coordinators"])
{
    private readonly List<WorkPlanTask> _candidates = [];

    protected override string KeyColumn => "number";

    protected override string? ReadRow(DatasetRow row)
    {
        var plan = row.Required("plan", 64);
        var number = row.Required("number", 16);
        var content = row.Required("content", 4000);
        var lead = row.Required("lead", 200);
        var coordinators = (row.Optional("coordinators") ?? string.Empty)
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (coordinators.Any(c => c.Length > 200))
        {
            row.Error("coordinators", "each agency must be at most 200 characters");
        }
        var dueText = row.Required("due", 16);
        DateOnly? due = null;
        if (dueText is not null && !WorkPlanTask.TryParseDue(dueText, out due))
        {
            row.Error("due", $"'{dueText}' is neither a month (yyyy-MM, e.g. 2021-12) nor '{WorkPlanTask.Recurring}'");
        }
        var status = row.Enum<WorkPlanTaskStatus>("status");
        if (row.HasErrors || plan is null || number is null)
        {
            return plan is null || number is null ? null : $"{plan} / {number}";
        }
        _candidates.Add(new WorkPlanTask
        {
            ProvinceCode = scope.Province, Plan = plan, Number = number, Content = content!, Lead = lead!,
            Coordinators = coordinators, DueMonth = due, Status = status!.Value,
        });
        return $"{plan} / {number}";
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Tasks.Where(t => t.ProvinceCode == scope.Province).ToDictionaryAsync(t => (t.Plan, t.Number), cancellationToken);
        return Upsert(stored, _candidates, c => (c.Plan, c.Number), c => db.Tasks.Add(c), (task, candidate) =>
        {
            var changed = task.Content != candidate.Content || task.Lead != candidate.Lead || !task.Coordinators.SequenceEqual(candidate.Coordinators)
                || task.DueMonth != candidate.DueMonth || task.Status != candidate.Status;
            if (changed)
            {
                task.Content = candidate.Content;
                task.Lead = candidate.Lead;
                task.Coordinators = candidate.Coordinators;
                task.DueMonth = candidate.DueMonth;
                task.Status = candidate.Status;
            }
            return changed;
        });
    }
}
