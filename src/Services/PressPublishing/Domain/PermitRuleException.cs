namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>
/// A permit change the rules refuse. With a <see cref="Field"/> the request itself is wrong (a date before the last
/// change); without one the permit's state forbids it (a revoked permit cannot be suspended).
/// </summary>
public sealed class PermitRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
