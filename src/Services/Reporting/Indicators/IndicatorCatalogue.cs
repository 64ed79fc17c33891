using GiaLaiIct.Contracts.Divisions;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// The indicator catalogue of INDICATORS.md: codes, Vietnamese names, units of measure, kinds and rules. It is
/// the platform's shared vocabulary (statistics.csv and targets.csv are checked against it), so it lives in code
/// and changes with a release, not per province.
/// </summary>
public sealed class IndicatorCatalogue
{
    private readonly Dictionary<string, IndicatorDefinition> _byCode;

    public IndicatorCatalogue()
    {
        All = [.. DefaultDefinitions()];
        _byCode = All.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<IndicatorDefinition> All { get; }

    public IndicatorDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>What a request or dataset row naming an unknown indicator is told.</summary>
    public static string NotInCatalogue(string code) => $"'{code}' is not in the indicator catalogue (see /api/v1/indicators)";

    private static IEnumerable<IndicatorDefinition> DefaultDefinitions()
    {
        const string reporting = Platform.Reporting;
        const string telecom = Platform.PostsTelecom;
        const string it = Platform.InformationTechnology;
        const string press = Platform.PressPublishing;
        const string inspection = Platform.Inspection;

        IndicatorDefinition Stat(string code, string name, string unit, ReportField field, bool whole = true) =>
            new(code, name, unit, IndicatorKind.Stat, field, reporting, "số liệu báo cáo theo đơn vị và kỳ") { IsWholeNumber = whole };
        IndicatorDefinition Count(string code, string name, string unit, ReportField field, string owner, string rule, IReadOnlyList<string>? categories = null) =>
            new(code, name, unit, IndicatorKind.Count, field, owner, rule, Categories: categories) { IsWholeNumber = true };
        IndicatorDefinition Derived(string code, string name, string unit, ReportField field, Formula formula) =>
            new(code, name, unit, IndicatorKind.Derived, field, reporting, formula.Text, formula);
        IndicatorDefinition Share(string code, string name, ReportField field, Formula formula) =>
            Derived(code, name, "%", field, formula) with { IsBoundedPercentage = true };

        // Planning & Reporting (master data)
        yield return Stat("POP", "Dân số", "người", ReportField.Planning);
        yield return Stat("AREA", "Diện tích", "km²", ReportField.Planning, whole: false);
        yield return Count("UNITS.COMMUNE", "Số đơn vị hành chính cấp xã", "đơn vị", ReportField.Planning, reporting, "communes of every type (xã, phường, thị trấn)");
        yield return Count("UNITS.XA", "Số xã", "xã", ReportField.Planning, reporting, "communes of type Xã");

        // Posts & Telecom
        yield return Stat("TEL.SUBS.FIXED", "Thuê bao điện thoại cố định", "TB", ReportField.PostsTelecom);
        yield return Stat("TEL.SUBS.POSTPAID", "Thuê bao di động trả sau", "TB", ReportField.PostsTelecom);
        yield return Stat("TEL.SUBS.PREPAID", "Thuê bao di động trả trước", "TB", ReportField.PostsTelecom);
        yield return Derived("TEL.SUBS.TOTAL", "Tổng thuê bao điện thoại", "TB", ReportField.PostsTelecom,
            Formula.Sum("TEL.SUBS.FIXED", "TEL.SUBS.POSTPAID", "TEL.SUBS.PREPAID")) with { IsWholeNumber = true };
        yield return Derived("TEL.SUBS.PER100", "Mật độ thuê bao điện thoại", "TB/100 dân", ReportField.PostsTelecom, Formula.PerHundred("TEL.SUBS.TOTAL", "POP"));
        yield return Stat("TEL.BB.FIXED", "Thuê bao Internet băng rộng cố định", "TB", ReportField.PostsTelecom);
        yield return Derived("TEL.BB.FIXED.PER100", "Thuê bao băng rộng cố định /100 dân", "TB/100 dân", ReportField.PostsTelecom, Formula.PerHundred("TEL.BB.FIXED", "POP"));
        yield return Stat("TEL.BB.MOBILE", "Thuê bao băng rộng di động", "TB", ReportField.PostsTelecom);
        yield return Derived("TEL.BB.MOBILE.PER100", "Thuê bao băng rộng di động /100 dân", "TB/100 dân", ReportField.PostsTelecom, Formula.PerHundred("TEL.BB.MOBILE", "POP"));
        yield return Stat("TEL.INTERNET.USERS.PCT", "Tỷ lệ dân sử dụng Internet", "%", ReportField.PostsTelecom, whole: false) with { IsBoundedPercentage = true };
        yield return Count("TEL.BTS", "Số trạm BTS", "trạm", ReportField.PostsTelecom, telecom, "stations in service at the period's end", ["2G", "3G", "4G", "5G"]);
        yield return Count("TEL.BSC", "Số trạm điều khiển BSC", "trạm", ReportField.PostsTelecom, telecom, "controllers in service at the period's end");
        yield return Count("TEL.AGENTS", "Đại lý Internet, điểm trò chơi điện tử công cộng", "đại lý", ReportField.PostsTelecom, telecom,
            "certificates in force at the period's end", ["internet_agent", "game_point"]);
        yield return Count("POST.POINTS", "Tổng số điểm phục vụ bưu chính", "điểm", ReportField.PostsTelecom, telecom,
            "points of every kind and status", ["bdvhx", "post_office", "agent", "mailbox", "other"]);
        yield return Count("POST.BDVHX", "Số điểm Bưu điện văn hóa xã", "điểm", ReportField.PostsTelecom, telecom, "BĐVHX of any status");
        yield return Count("POST.BDVHX.ACTIVE", "Điểm BĐVHX đang hoạt động", "điểm", ReportField.PostsTelecom, telecom, "BĐVHX active at the period's end");
        yield return Count("POST.XA_WITH_BDVHX", "Số xã có điểm BĐVHX", "xã", ReportField.PostsTelecom, telecom, "distinct Xã holding at least one BĐVHX");
        yield return Share("POST.XA_WITH_BDVHX.PCT", "Tỷ lệ xã có điểm BĐVHX", ReportField.PostsTelecom, Formula.PerHundred("POST.XA_WITH_BDVHX", "UNITS.XA"));
        yield return Derived("POST.RADIUS.KM", "Bán kính phục vụ bình quân", "km/điểm", ReportField.PostsTelecom, Formula.ServiceRadius("AREA", "POST.POINTS"));
        yield return Derived("POST.PEOPLE_PER_POINT", "Số dân phục vụ bình quân", "người/điểm", ReportField.PostsTelecom, Formula.Ratio("POP", "POST.POINTS"));
        yield return Stat("POST.SAMEDAY_PRESS", "Số xã có báo đến trong ngày", "xã", ReportField.PostsTelecom);
        yield return Share("POST.SAMEDAY_PRESS.PCT", "Tỷ lệ xã có báo đến trong ngày", ReportField.PostsTelecom, Formula.PerHundred("POST.SAMEDAY_PRESS", "UNITS.COMMUNE"));
        yield return Stat("TEL.REVENUE", "Doanh thu bưu chính, viễn thông", "tỷ đồng", ReportField.PostsTelecom, whole: false) with { IsCumulative = true };
        yield return Derived("TEL.REVENUE.GROWTH", "Tốc độ tăng doanh thu so với cùng kỳ", "%", ReportField.PostsTelecom, Formula.Growth("TEL.REVENUE")) with { MayBeNegative = true };

        // IT: registry counts of the IT service (the e-government systems' figures are recorded per unit and period
        // there), and the derived ratios the seeds print.
        yield return Count("IT.DVC.L12", "DVCTT mức độ 1, 2", "dịch vụ", ReportField.InformationTechnology, it, "online services at level 1 or 2 at the period's end");
        yield return Count("IT.DVC.L3", "DVCTT mức độ 3", "dịch vụ", ReportField.InformationTechnology, it, "online services at level 3 at the period's end");
        yield return Count("IT.DVC.L4", "DVCTT mức độ 4", "dịch vụ", ReportField.InformationTechnology, it, "online services at level 4 at the period's end");
        yield return Derived("IT.DVC.L34", "DVCTT mức độ 3, 4", "dịch vụ", ReportField.InformationTechnology, Formula.Sum("IT.DVC.L3", "IT.DVC.L4")) with { IsWholeNumber = true };
        yield return Count("IT.DVC.ADDED", "DVCTT đưa vào cung cấp trong kỳ", "dịch vụ", ReportField.InformationTechnology, it,
            "online services started inside the period, by level at the period's end", ["1", "2", "3", "4"]);
        yield return Count("IT.DVC.AGENCIES", "Cơ quan, đơn vị cung cấp DVCTT mức độ 3, 4", "cơ quan", ReportField.InformationTechnology, it,
            "agencies offering a level 3 or 4 service at the period's end");
        yield return Count("IT.TTHC", "Thủ tục hành chính", "thủ tục", ReportField.InformationTechnology, it, "procedures in the remit of the registered agencies");
        yield return Share("IT.DVC.L34.PER_TTHC", "Tỷ lệ DVCTT mức độ 3, 4 trên tổng số TTHC", ReportField.InformationTechnology, Formula.PerHundred("IT.DVC.L34", "IT.TTHC"));
        yield return Count("IT.DOSSIER.RECEIVED", "Hồ sơ tiếp nhận", "hồ sơ", ReportField.InformationTechnology, it, "dossiers received on the one-stop system inside the period");
        yield return Count("IT.DOSSIER.ONLINE", "Hồ sơ tiếp nhận trực tuyến", "hồ sơ", ReportField.InformationTechnology, it, "dossiers received online inside the period");
        yield return Count("IT.DOSSIER.DIRECT", "Hồ sơ tiếp nhận trực tiếp", "hồ sơ", ReportField.InformationTechnology, it, "dossiers received at the desk inside the period");
        yield return Share("IT.DOSSIER.ONLINE.PCT", "Tỷ lệ hồ sơ trực tuyến", ReportField.InformationTechnology,
            Formula.PerHundred("IT.DOSSIER.ONLINE", "IT.DOSSIER.ONLINE", "IT.DOSSIER.DIRECT"));
        yield return Count("IT.DOSSIER.RESOLVED", "Hồ sơ đã giải quyết", "hồ sơ", ReportField.InformationTechnology, it, "dossiers resolved inside the period");
        yield return Count("IT.DOSSIER.ONTIME", "Hồ sơ giải quyết đúng hạn", "hồ sơ", ReportField.InformationTechnology, it, "dossiers resolved on time inside the period");
        yield return Count("IT.DOSSIER.LATE", "Hồ sơ giải quyết trễ hạn", "hồ sơ", ReportField.InformationTechnology, it, "dossiers resolved late inside the period");
        yield return Count("IT.DOSSIER.PENDING", "Hồ sơ đang giải quyết", "hồ sơ", ReportField.InformationTechnology, it, "dossiers pending at the period's end");
        yield return Count("IT.DOSSIER.APOLOGIES", "Thư xin lỗi hồ sơ trễ hạn", "thư", ReportField.InformationTechnology, it, "apologies sent for late dossiers inside the period");
        yield return Share("IT.DOSSIER.ONTIME.PCT", "Tỷ lệ hồ sơ giải quyết đúng hạn", ReportField.InformationTechnology, Formula.PerHundred("IT.DOSSIER.ONTIME", "IT.DOSSIER.RESOLVED"));
        yield return Count("IT.ONESTOP.COMMUNES", "Số xã triển khai Một cửa điện tử", "xã", ReportField.InformationTechnology, it, "communes with the system deployed at the period's end");
        yield return Share("IT.ONESTOP.COMMUNES.PCT", "Tỷ lệ xã triển khai Một cửa điện tử", ReportField.InformationTechnology,
            Formula.PerHundred("IT.ONESTOP.COMMUNES", "UNITS.COMMUNE"));
        yield return Count("IT.ONESTOP.UNITS", "Cơ quan, địa phương triển khai Một cửa điện tử", "đơn vị", ReportField.InformationTechnology, it,
            "one-stop desks deployed at the period's end, by level of their unit", ["province", "district", "commune"]);
        yield return Stat("IT.EDOC.PCT", "Tỷ lệ văn bản điện tử trao đổi", "%", ReportField.InformationTechnology, whole: false) with { IsBoundedPercentage = true };
        yield return Count("IT.EDOC.EXCHANGED", "Văn bản điện tử trao đổi trên môi trường mạng", "văn bản", ReportField.InformationTechnology, it, "electronic documents exchanged inside the period");
        yield return Count("IT.DOCMGMT.USERS", "Người sử dụng phần mềm Quản lý văn bản và điều hành", "người", ReportField.InformationTechnology, it, "users of the document-management software at the period's end");
        yield return Count("IT.MAIL.ACCOUNTS", "Hộp thư điện tử công vụ", "tài khoản", ReportField.InformationTechnology, it, "official e-mail accounts at the period's end");
        yield return Count("IT.MAIL.CREATED", "Tài khoản thư điện tử công vụ tạo mới", "tài khoản", ReportField.InformationTechnology, it, "official e-mail accounts created inside the period");
        yield return Count("IT.MAIL.REMOVED", "Tài khoản thư điện tử công vụ hủy bỏ", "tài khoản", ReportField.InformationTechnology, it, "official e-mail accounts removed inside the period");
        yield return Count("IT.VIDEOCONF.MEETINGS", "Cuộc họp trực tuyến qua hệ thống Hội nghị truyền hình", "cuộc", ReportField.InformationTechnology, it, "video-conference meetings inside the period");
        yield return Derived("IT.CERTS", "Chứng thư số đang hoạt động", "chứng thư", ReportField.InformationTechnology,
            Formula.Sum("IT.CERTS.ORG", "IT.CERTS.PERSON")) with { IsWholeNumber = true };
        yield return Count("IT.CERTS.ORG", "Chứng thư số tổ chức", "chứng thư", ReportField.InformationTechnology, it, "organisations' certificates in use at the period's end");
        yield return Count("IT.CERTS.PERSON", "Chứng thư số cá nhân", "chứng thư", ReportField.InformationTechnology, it, "individuals' certificates in use at the period's end");
        yield return Count("IT.TRAINING.CLASSES", "Lớp đào tạo, bồi dưỡng ứng dụng CNTT", "lớp", ReportField.InformationTechnology, it, "IT training classes held inside the period");
        yield return Count("IT.TRAINING.ATTENDEES", "Học viên được đào tạo, bồi dưỡng ứng dụng CNTT", "người", ReportField.InformationTechnology, it, "attendees of IT training classes inside the period");
        yield return Count("IT.INCIDENTS", "Sự cố, tấn công mạng đã xử lý", "sự cố", ReportField.InformationTechnology, it, "incidents handled inside the period, by type",
            ["exploit", "ddos", "malware", "phishing", "defacement", "other"]);
        yield return Count("IT.WEBSITES", "Số trang thông tin điện tử", "trang", ReportField.InformationTechnology, it, "websites by owner kind at the period's end",
            ["party", "state", "enterprise", "press"]);
        yield return Count("IT.DOMAINS.GOVVN", "Tên miền .gov.vn đã cấp", "tên miền", ReportField.InformationTechnology, it, ".gov.vn domains registered inside the period");

        // Press & Publishing (counted by the Press & Publishing service; PRESS.NEWSPAPER.* are reported figures)
        IReadOnlyList<string> media = ["radio", "tv"];
        IReadOnlyList<string> languages = ["jrai", "bahnar", "khmer", "xo_dang", "ede", "mnong", "cham", "hmong", "thai", "other"];
        IReadOnlyList<string> topics = ["general", "foreign_information", "poverty_reduction"];
        yield return Count("PRESS.AGENCIES.LOCAL", "Cơ quan báo chí địa phương", "cơ quan", ReportField.PressPublishing, press, "local press agencies at the period's end");
        yield return Count("PRESS.OFFICES", "VPĐD, phóng viên thường trú", "cơ quan", ReportField.PressPublishing, press, "representative offices and resident reporters at the period's end",
            ["representative_office", "resident_reporter"]);
        yield return Count("PRESS.PERMITS", "Giấy phép đã cấp", "giấy phép", ReportField.PressPublishing, press, "permits issued inside the period, by permit type",
            ["general_website", "noncommercial_publication", "newsletter", "printing", "distribution_registration", "press_conference", "publication_import"]);
        yield return Count("PRESS.DEPOSIT.CHECKS", "Hồ sơ lưu chiểu đã kiểm tra", "hồ sơ", ReportField.PressPublishing, press, "legal-deposit checks inside the period",
            ["compliant", "violation"]);
        yield return Count("BROADCAST.HOURS", "Giờ phát sóng", "giờ", ReportField.PressPublishing, press, "stations' total hours in the period, by medium", media);
        yield return Count("BROADCAST.HOURS.PLAN", "Giờ phát sóng theo kế hoạch", "giờ", ReportField.PressPublishing, press, "planned hours of the stations' totals", media);
        yield return Derived("BROADCAST.HOURS.PLAN_PCT", "% kế hoạch giờ phát sóng", "%", ReportField.PressPublishing, Formula.PerHundred("BROADCAST.HOURS", "BROADCAST.HOURS.PLAN"));
        yield return Count("BROADCAST.LANGUAGE.RADIO", "Giờ phát thanh tiếng dân tộc", "giờ", ReportField.PressPublishing, press, "radio hours in ethnic languages, by language", languages)
            with { PartOf = ("BROADCAST.HOURS", "radio") };
        yield return Count("BROADCAST.LANGUAGE.TV", "Giờ truyền hình tiếng dân tộc", "giờ", ReportField.PressPublishing, press, "TV hours in ethnic languages, by language", languages)
            with { PartOf = ("BROADCAST.HOURS", "tv") };
        yield return Count("PRESS.COMMUNE_RADIO", "Xã có đài truyền thanh không dây", "xã", ReportField.PressPublishing, press, "communes with a wireless radio station");
        yield return Share("PRESS.COMMUNE_RADIO.PCT", "Tỷ lệ xã có đài truyền thanh không dây", ReportField.PressPublishing,
            Formula.PerHundred("PRESS.COMMUNE_RADIO", "UNITS.COMMUNE"));
        yield return Count("PRINT.PAGES", "Trang in", "trang", ReportField.PressPublishing, press, "pages printed in the period");
        yield return Count("PRINT.PAGES.PLAN", "Trang in theo kế hoạch", "trang", ReportField.PressPublishing, press, "planned pages");
        yield return Derived("PRINT.PAGES.PLAN_PCT", "% kế hoạch trang in", "%", ReportField.PressPublishing, Formula.PerHundred("PRINT.PAGES", "PRINT.PAGES.PLAN"));
        yield return Count("PRINT.REVENUE", "Doanh thu in", "đồng", ReportField.PressPublishing, press, "printing revenue in the period");
        yield return Count("PRINT.REVENUE.PLAN", "Doanh thu in theo kế hoạch", "đồng", ReportField.PressPublishing, press, "planned printing revenue");
        yield return Derived("PRINT.REVENUE.PLAN_PCT", "% kế hoạch doanh thu in", "%", ReportField.PressPublishing, Formula.PerHundred("PRINT.REVENUE", "PRINT.REVENUE.PLAN"));
        yield return Count("PRESS.COMM.DIRECTIVES", "Văn bản chỉ đạo, định hướng tuyên truyền", "văn bản", ReportField.PressPublishing, press, "directives issued inside the period, by topic", topics);
        yield return Count("PRESS.COMM.MATERIALS", "Tài liệu, pano tuyên truyền", "sản phẩm", ReportField.PressPublishing, press, "materials and panels made inside the period, by topic", topics);
        yield return Count("PRESS.COMM.CLASSES", "Lớp tập huấn, bồi dưỡng kỹ năng truyền thông", "lớp", ReportField.PressPublishing, press, "classes held inside the period, by topic", topics);
        yield return Count("PRESS.COMM.TRAINEES", "Học viên các lớp tập huấn truyền thông", "học viên", ReportField.PressPublishing, press, "trainees of those classes, by topic", topics);
        yield return Stat("PRESS.NEWSPAPER.ISSUES", "Số kỳ báo địa phương phát hành", "kỳ", ReportField.PressPublishing);
        yield return Stat("PRESS.NEWSPAPER.COPIES", "Số tờ báo địa phương phát hành", "tờ", ReportField.PressPublishing);

        // Inspection
        yield return Count("INSP.COUNT", "Cuộc thanh tra, kiểm tra", "cuộc", ReportField.Inspection, inspection, "inspections started inside the period, by lead body",
            ["department", "district", "anti_piracy_team"]);
        yield return Count("INSP.SUBJECTS", "Lượt đối tượng được kiểm tra", "lượt", ReportField.Inspection, inspection, "subjects of the inspections started inside the period, by lead body",
            ["department", "district", "anti_piracy_team"]);
        yield return Count("INSP.SANCTIONS", "Trường hợp xử phạt vi phạm hành chính", "trường hợp", ReportField.Inspection, inspection, "sanction decisions dated inside the period");
        yield return Count("INSP.FINES", "Tổng tiền xử phạt", "đồng", ReportField.Inspection, inspection, "fines of the sanction decisions dated inside the period");
        yield return Count("INSP.SANCTIONS.COMPLIED", "Quyết định xử phạt đã chấp hành", "trường hợp", ReportField.Inspection, inspection, "sanction decisions dated inside the period and complied with by its end");
        yield return Count("INSP.SANCTIONS.OVERDUE", "Quyết định xử phạt quá hạn chấp hành", "trường hợp", ReportField.Inspection, inspection, "sanction decisions neither complied with nor enforced past their compliance date at the period's end");
        // Cases a district office referred to the authority competent to sanction them (seed 000: 56 cases, 116.100.000 đ) are not decisions.
        yield return Count("INSP.REFERRALS", "Trường hợp chuyển cơ quan có thẩm quyền xử phạt", "trường hợp", ReportField.Inspection, inspection, "cases referred for a sanction inside the period");
        yield return Count("INSP.REFERRALS.FINES", "Tổng tiền xử phạt đề nghị", "đồng", ReportField.Inspection, inspection, "fines proposed by the cases referred inside the period");
        yield return Count("INSP.VIOLATIONS.UNSANCTIONED", "Trường hợp vi phạm nhắc nhở, chấn chỉnh", "trường hợp", ReportField.Inspection, inspection, "violations dealt with by a reminder or correction only, found by inspections started inside the period");
        yield return Count("COMPLAINTS.RECEIVED", "Đơn thư tiếp nhận", "đơn", ReportField.Inspection, inspection, "received inside the period");
        yield return Count("COMPLAINTS.RESOLVED", "Đơn thư đã giải quyết", "đơn", ReportField.Inspection, inspection, "resolved inside the period");
        yield return Count("COMPLAINTS.OVERDUE", "Đơn thư quá hạn", "đơn", ReportField.Inspection, inspection, "open past their statutory deadline at the period's end");
        yield return Count("COMPLAINTS.NOT_ACCEPTED", "Đơn thư không thụ lý", "đơn", ReportField.Inspection, inspection, "received inside the period and not accepted for handling");
    }
}
