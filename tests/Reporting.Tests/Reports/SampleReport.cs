extern alias service;

using service::GiaLaiIct.Reporting.Reports;

namespace GiaLaiIct.Reporting.Tests.Reports;

/// <summary>
/// A report built by hand with the figures of the 2018 Gia Lai report. The indicators are deliberately listed
/// information technology first, so a table that is not grouped in section order shows it.
/// </summary>
internal static class SampleReport
{
    public static readonly DateOnly CompiledOn = new(2026, 11, 23);

    public static ReportSection PostsTelecom { get; } = new(
        "posts-telecom",
        "Lĩnh vực Bưu chính, Viễn thông",
        [
            "Tổng số thuê bao điện thoại đạt 1.298.982 thuê bao, mật độ 89,14 thuê bao/100 dân.",
            "Mạng bưu chính công cộng có 163 điểm Bưu điện – Văn hóa xã, phục vụ 100% số xã.",
        ],
        [
            new ReportList("Văn bản đã ban hành",
            [
                "Quyết định số 12/QĐ-STTTT về hạ tầng kỹ thuật viễn thông thụ động",
                "Kế hoạch số 100/KH-STTTT ngày 30/11/2017 về đánh giá, xếp hạng mức độ ứng dụng CNTT",
            ]),
        ]);

    public static ReportSection InformationTechnology { get; } = new(
        "information-technology",
        "Lĩnh vực Công nghệ thông tin",
        ["Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 đạt 42,5%, vượt chỉ tiêu kế hoạch."],
        []);

    public static IndicatorTableRow OnlineServices { get; } = new(
        "ONLINE_SERVICES_L34", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4", "%", "information-technology",
        42.5m, "42,5", "reported", 30m, "30", 141.67m, "141,67", null, null);

    public static IndicatorTableRow TelephoneSubscribers { get; } = new(
        "TELEPHONE_SUBSCRIBERS", "Tổng số thuê bao điện thoại", "Thuê bao", "posts-telecom",
        1_298_982m, "1.298.982", "reported", 1_300_000m, "1.300.000", 99.92m, "99,92", 3.5m, "3,50");

    /// <summary>No target was set for the density, so it has no % of plan either.</summary>
    public static IndicatorTableRow TelephoneDensity { get; } = new(
        "TELEPHONE_DENSITY", "Mật độ thuê bao điện thoại", "TB/100 dân", "posts-telecom",
        89.14m, "89,14", "computed", null, null, null, null, 2.1m, "2,10");

    public static CompiledReport Build() => new(
        "64",
        "Tỉnh Gia Lai",
        "2018",
        "năm 2018",
        "Báo cáo kết quả công tác thông tin và truyền thông năm 2018",
        CompiledOn,
        [PostsTelecom, InformationTechnology],
        [OnlineServices, TelephoneSubscribers, TelephoneDensity]);
}
