namespace GiaLaiIct.PostsTelecom.Domain;

public enum PostalPointStatus
{
    Active,
    TemporarilyClosed,
    Closed,
}
