namespace GiaLaiIct.Inspection.Domain;

public enum ComplaintStatus
{
    Open,
    Resolved,
    /// <summary>Sent on to the body competent for it (chuyển đơn); no longer this department's to resolve.</summary>
    Referred,
}
