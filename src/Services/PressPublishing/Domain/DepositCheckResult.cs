namespace GiaLaiIct.PressPublishing.Domain;

public enum DepositCheckResult
{
    Compliant,
    Violation,
}
