namespace GiaLaiIct.Reporting.Domain;

public enum WorkPlanTaskStatus
{
    Todo = 1,
    Doing = 2,
    Done = 3,
}
