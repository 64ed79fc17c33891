using GiaLaiIct.ServiceKit.Domain;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>A permit change the rules refuse (see <see cref="DomainRuleException"/>).</summary>
public sealed class PermitRuleException(string message, string? field = null) : DomainRuleException(message, field);
