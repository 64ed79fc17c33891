namespace GiaLaiIct.Inspection.Domain;

/// <summary>Where a sanction decision stands: issued, then complied with by the subject or enforced (cưỡng chế).</summary>
public enum SanctionStatus
{
    Issued,
    Complied,
    Enforced,
}
