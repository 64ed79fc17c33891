namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>Kinds of postal service point (điểm phục vụ bưu chính).</summary>
public enum PostalPointKind
{
    /// <summary>Bưu điện văn hóa xã: commune cultural post office.</summary>
    Bdvhx,
    PostOffice,
    Agent,
    Mailbox,
    Other,
}
