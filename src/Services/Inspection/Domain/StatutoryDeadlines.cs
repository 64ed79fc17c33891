namespace GiaLaiIct.Inspection.Domain;

/// <summary>
/// The time the law gives to settle a letter of each kind, counted in calendar days from the day it was received,
/// used when neither the dataset nor the client gives a deadline. Our reading of the laws, which count from
/// acceptance (thụ lý) and allow a further period for complicated cases:
/// <list type="bullet">
/// <item>complaint (Luật Khiếu nại 2011): accepted within 10 days of receipt (art. 27), settled within 30 days of
/// acceptance (art. 28) — 40 days; a complicated case may take up to 45 days (15 more).</item>
/// <item>denunciation (Luật Tố cáo 2018): accepted within 7 working days of receipt (art. 24), taken as 10 calendar
/// days, settled within 30 days of acceptance (art. 30) — 40 days; extendable once by up to 30 days (art. 30).</item>
/// <item>petition and feedback (Luật Tiếp công dân 2013 art. 28; Nghị định 64/2014/NĐ-CP): considered and handled
/// within 10 days of receipt, answered within 15 days of being handled — 25 days; extendable by up to 15 days.</item>
/// </list>
/// The department's inspectorate may give another deadline on any letter (deadline_on), which then wins.
/// </summary>
public static class StatutoryDeadlines
{
    public static int Days(ComplaintKind kind) => kind switch
    {
        ComplaintKind.Complaint => 40,
        ComplaintKind.Denunciation => 40,
        _ => 25,
    };

    /// <summary>The most one extension may add.</summary>
    public static int MaxExtensionDays(ComplaintKind kind) => kind switch
    {
        ComplaintKind.Complaint => 15,
        ComplaintKind.Denunciation => 30,
        _ => 15,
    };

    public static DateOnly DeadlineFor(ComplaintKind kind, DateOnly receivedOn) => receivedOn.AddDays(Days(kind));
}
