namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>What an operator provides.</summary>
public enum OperatorField
{
    Telecom,
    Postal,
    Both,
}
