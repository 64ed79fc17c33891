namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>The licence and certificate types Posts &amp; Telecom issues (the rest belong to Press &amp; Publishing).</summary>
public enum LicenceType
{
    /// <summary>Giấy chứng nhận đủ điều kiện hoạt động đại lý Internet.</summary>
    InternetAgent,
    /// <summary>Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng.</summary>
    GamePoint,
    /// <summary>Giấy phép sử dụng tần số vô tuyến điện.</summary>
    Frequency,
}
