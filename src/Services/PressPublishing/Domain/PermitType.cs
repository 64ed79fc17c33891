namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>The licences and permits Press &amp; Publishing issues (licences.csv types it owns).</summary>
public enum PermitType
{
    /// <summary>Giấy phép thiết lập trang thông tin điện tử tổng hợp.</summary>
    GeneralWebsite,
    /// <summary>Giấy phép xuất bản tài liệu không kinh doanh.</summary>
    NoncommercialPublication,
    /// <summary>Giấy phép xuất bản bản tin.</summary>
    Newsletter,
    /// <summary>Giấy phép hoạt động in.</summary>
    Printing,
    /// <summary>Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm.</summary>
    DistributionRegistration,
    /// <summary>Văn bản chấp thuận họp báo.</summary>
    PressConference,
    /// <summary>Giấy phép nhập khẩu xuất bản phẩm không kinh doanh.</summary>
    PublicationImport,
}
