namespace GiaLaiIct.PressPublishing.Domain;

public enum CommuneRadioKind
{
    /// <summary>Đài truyền thanh không dây (FM).</summary>
    Wireless,
    /// <summary>Đài truyền thanh có dây.</summary>
    Wired,
}
