using System.Globalization;
using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Reporting.Domain;

/// <summary>A task of a work plan (the appendix of a plan such as seed 001): who leads, who helps, by when.</summary>
public sealed class WorkPlanTask : IVersioned
{
    public required string ProvinceCode { get; init; }
    /// <summary>The plan's short code, e.g. KH-NQ01-2021.</summary>
    public required string Plan { get; init; }
    /// <summary>The task's number in the plan as printed (1, 2.1, …).</summary>
    public required string Number { get; init; }
    public required string Content { get; set; }
    public required string Lead { get; set; }
    /// <summary>Coordinating agencies, in the plan's order.</summary>
    public List<string> Coordinators { get; set; } = [];
    /// <summary>The month the task is due; null for a recurring task (thường xuyên).</summary>
    public DateOnly? DueMonth { get; set; }
    public WorkPlanTaskStatus Status { get; set; }
    public long Version { get; set; }

    /// <summary>How the due of a recurring task (thường xuyên) is written, in files and on the wire.</summary>
    public const string Recurring = "recurring";

    /// <summary>The due as written in files and on the wire: yyyy-MM, or <see cref="Recurring"/>.</summary>
    public string Due => DueMonth is { } month ? month.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Recurring;

    /// <summary>Reads a written due: a month (yyyy-MM) or <see cref="Recurring"/> (null month).</summary>
    public static bool TryParseDue(string text, out DateOnly? month)
    {
        month = null;
        if (text == Recurring)
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            month = parsed;
            return true;
        }
        return false;
    }

    /// <summary>Not done although its due month has ended before <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) =>
        Status != WorkPlanTaskStatus.Done && DueMonth is { } due && today > due.AddMonths(1).AddDays(-1);
}
