namespace GiaLaiIct.Reporting.Indicators;

/// <summary>The fields (lĩnh vực) a report is organised by, in the order the department's reports print them.</summary>
public enum ReportField
{
    PostsTelecom = 1,
    InformationTechnology = 2,
    PressPublishing = 3,
    Inspection = 4,
    Planning = 5,
}
