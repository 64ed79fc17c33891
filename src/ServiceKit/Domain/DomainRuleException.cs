namespace GiaLaiIct.ServiceKit.Domain;

/// <summary>
/// A change an entity's rules refuse, raised by the entity itself so that the API and a dataset import refuse it
/// alike. With a <see cref="Field"/> the request is wrong (a date before the last change); without one the entity's
/// state forbids the change (a revoked licence cannot be suspended).
/// </summary>
public class DomainRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
