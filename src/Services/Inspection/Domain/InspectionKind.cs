namespace GiaLaiIct.Inspection.Domain;

public enum InspectionKind
{
    Scheduled,
    Unscheduled,
}
