namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>A step of a permit's lifecycle: issue what was applied for, suspend, reinstate after a suspension, revoke.</summary>
public enum PermitAction
{
    Issue,
    Suspend,
    Reinstate,
    Revoke,
}
