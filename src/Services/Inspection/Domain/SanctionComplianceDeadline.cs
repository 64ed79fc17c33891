namespace GiaLaiIct.Inspection.Domain;

/// <summary>
/// The time the law gives a sanctioned party to comply with a decision, used when neither the dataset nor the client
/// gives the date. Luật Xử lý vi phạm hành chính 2012 art. 73: the party complies within 10 days of receiving the
/// decision, or within the longer time the decision itself states. The registry does not record when the decision was
/// received, so the 10 days are counted from the day it was decided; the decision is sent within two working days
/// (art. 70), so this flags an unsettled decision at the earliest day it can be late. A decision stating its own
/// time is recorded with that date (comply_by), which then wins.
/// </summary>
public static class SanctionComplianceDeadline
{
    public const int Days = 10;

    public static DateOnly For(DateOnly decidedOn) => decidedOn.AddDays(Days);
}
