namespace GiaLaiIct.Inspection.Domain;

public enum LicenceEffectState
{
    /// <summary>Not acknowledged by the licence's owner yet; the relay keeps trying.</summary>
    Pending,
    /// <summary>The owner applied it (or had already: the decision number made the repeat harmless).</summary>
    Delivered,
    /// <summary>The owner, or every licence-issuing service, said it cannot apply; the reason is kept and it is not tried again.</summary>
    Refused,
}
