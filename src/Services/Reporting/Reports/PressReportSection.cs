using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// The Press &amp; Publishing part of a compiled report, worded as the department's reports word it (seed 000, 1.3):
/// press bodies, permits and deposit checks, commune radio, broadcasting of the provincial and the district
/// stations against plan with the ethnic-language parts, printing, communication work. Only figures that exist are
/// written; the provincial station's figure is the province's less its districts'.
/// </summary>
internal sealed class PressReportSection(IndicatorEvaluator evaluator, string province, ReportingPeriod period, string periodName)
{
    private static readonly (string Type, Func<string, string> Phrase)[] PermitPhrases =
    [
        ("general_website", n => $"cấp {n} giấy phép thiết lập trang thông tin điện tử tổng hợp"),
        ("noncommercial_publication", n => $"cấp phép xuất bản tài liệu không kinh doanh: {n} hồ sơ"),
        ("printing", n => $"cấp {n} giấy phép hoạt động in"),
        ("distribution_registration", n => $"cấp {n} giấy xác nhận đăng ký hoạt động phát hành"),
        ("newsletter", n => $"cấp giấy phép xuất bản bản tin: {n} hồ sơ"),
        ("press_conference", n => $"xin phép họp báo: {n} hồ sơ"),
        ("publication_import", n => $"cấp {n} giấy phép nhập khẩu xuất bản phẩm không kinh doanh"),
    ];

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["jrai"] = "Jrai", ["bahnar"] = "Bahnar", ["khmer"] = "Khmer", ["xo_dang"] = "Xơ Đăng", ["ede"] = "Ê Đê",
        ["mnong"] = "M'nông", ["cham"] = "Chăm", ["hmong"] = "H'Mông", ["thai"] = "Thái", ["other"] = "khác",
    };

    public async Task<List<string>> ParagraphsAsync(CancellationToken cancellationToken)
    {
        var paragraphs = new List<string>();
        void Add(string? paragraph)
        {
            if (paragraph is not null)
            {
                paragraphs.Add(paragraph);
            }
        }
        Add(await OrganisationsAsync(cancellationToken));
        Add(await PermitsAsync(cancellationToken));
        Add(await CommuneRadioAsync(cancellationToken));
        Add(await NewspaperAsync(cancellationToken));
        foreach (var (medium, heading) in new[] { ("radio", "Về phát thanh"), ("tv", "Về truyền hình") })
        {
            Add(await BroadcastingAsync(medium, heading, cancellationToken));
        }
        Add(await PrintingAsync(cancellationToken));
        Add(await CommunicationAsync(cancellationToken));
        return paragraphs;
    }

    private async Task<string?> OrganisationsAsync(CancellationToken cancellationToken)
    {
        var (agencies, offices) = (await ValueAsync("PRESS.AGENCIES.LOCAL", province, "", cancellationToken), await ValueAsync("PRESS.OFFICES", province, "", cancellationToken));
        return agencies is null && offices is null
            ? null
            : $"Toàn tỉnh hiện có {VietnameseReportText.TwoDigitCount(agencies ?? 0)} cơ quan báo chí địa phương và {VietnameseReportText.TwoDigitCount(offices ?? 0)} cơ quan báo chí có văn phòng đại diện hoặc phóng viên thường trú.";
    }

    private async Task<string?> PermitsAsync(CancellationToken cancellationToken)
    {
        var phrases = new List<string>();
        foreach (var (type, phrase) in PermitPhrases)
        {
            if (await ValueAsync("PRESS.PERMITS", province, type, cancellationToken) is > 0 and var count)
            {
                phrases.Add(phrase(VietnameseReportText.TwoDigitCount(count)));
            }
        }
        if (await ValueAsync("PRESS.DEPOSIT.CHECKS", province, "", cancellationToken) is > 0 and var checks)
        {
            phrases.Add($"kiểm tra lưu chiểu: {VietnameseReportText.TwoDigitCount(checks)} hồ sơ");
        }
        return phrases.Count == 0 ? null : $"Trong {periodName}, đã {string.Join("; ", phrases)}.";
    }

    private async Task<string?> CommuneRadioAsync(CancellationToken cancellationToken)
    {
        var radio = await ValueAsync("PRESS.COMMUNE_RADIO", province, "", cancellationToken);
        var communes = await ValueAsync("UNITS.COMMUNE", province, "", cancellationToken);
        if (radio is null || communes is not > 0)
        {
            return null;
        }
        return $"Trên địa bàn tỉnh có {Whole(radio.Value)}/{Whole(communes.Value)} xã, phường, thị trấn có đài truyền thanh không dây (tỷ lệ {Percent(radio.Value, communes.Value)}%).";
    }

    private async Task<string?> NewspaperAsync(CancellationToken cancellationToken)
    {
        var issues = await ValueAsync("PRESS.NEWSPAPER.ISSUES", province, "", cancellationToken);
        var copies = await ValueAsync("PRESS.NEWSPAPER.COPIES", province, "", cancellationToken);
        return issues is null || copies is null ? null : $"Báo địa phương thực hiện {Whole(issues.Value)} kỳ với {Whole(copies.Value)} tờ.";
    }

    private async Task<string?> BroadcastingAsync(string medium, string heading, CancellationToken cancellationToken)
    {
        var total = await ValueAsync("BROADCAST.HOURS", province, medium, cancellationToken);
        if (total is not > 0)
        {
            return null;
        }
        var districts = evaluator.Province.Children(province).Select(u => u.Code).ToList();
        async Task<decimal> DistrictsAsync(string code, string category)
        {
            var sum = 0m;
            foreach (var district in districts)
            {
                sum += await ValueAsync(code, district, category, cancellationToken) ?? 0;
            }
            return sum;
        }
        var plan = await ValueAsync("BROADCAST.HOURS.PLAN", province, medium, cancellationToken) ?? 0;
        var (districtHours, districtPlan) = (await DistrictsAsync("BROADCAST.HOURS", medium), await DistrictsAsync("BROADCAST.HOURS.PLAN", medium));
        var parts = new List<string>();
        var provincial = total.Value - districtHours;
        if (provincial > 0)
        {
            var languageCode = medium == "radio" ? "BROADCAST.LANGUAGE.RADIO" : "BROADCAST.LANGUAGE.TV";
            var languages = new List<string>();
            foreach (var (language, name) in LanguageNames)
            {
                var hours = (await ValueAsync(languageCode, province, language, cancellationToken) ?? 0) - await DistrictsAsync(languageCode, language);
                if (hours > 0)
                {
                    languages.Add($"{name} {Whole(hours)} giờ");
                }
            }
            var text = $"đài tỉnh thực hiện {Whole(provincial)} giờ{AgainstPlan(provincial, plan - districtPlan, "giờ")}";
            parts.Add(languages.Count == 0 ? text : $"{text}, trong đó tiếng {string.Join(", ", languages)}");
        }
        if (districtHours > 0)
        {
            parts.Add($"các đài cấp huyện thực hiện {Whole(districtHours)} giờ{AgainstPlan(districtHours, districtPlan, "giờ")}");
        }
        return $"{heading}: {string.Join("; ", parts)}.";
    }

    private async Task<string?> PrintingAsync(CancellationToken cancellationToken)
    {
        var pages = await ValueAsync("PRINT.PAGES", province, "", cancellationToken);
        var revenue = await ValueAsync("PRINT.REVENUE", province, "", cancellationToken);
        if (pages is null && revenue is null)
        {
            return null;
        }
        var parts = new List<string>();
        if (pages is { } p)
        {
            parts.Add($"in {Whole(p)} trang{AgainstPlan(p, await PlanAsync("PRINT.PAGES", cancellationToken), "trang")}");
        }
        if (revenue is { } r)
        {
            parts.Add($"doanh thu {Whole(r)} đồng{AgainstPlan(r, await PlanAsync("PRINT.REVENUE", cancellationToken), "đồng")}");
        }
        return $"Hoạt động in: {string.Join("; ", parts)}.";
    }

    private async Task<string?> CommunicationAsync(CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (await ValueAsync("PRESS.COMM.DIRECTIVES", province, "", cancellationToken) is > 0 and var directives)
        {
            parts.Add($"ban hành {VietnameseReportText.TwoDigitCount(directives)} văn bản chỉ đạo, định hướng các cơ quan báo, đài tuyên truyền");
        }
        if (await ValueAsync("PRESS.COMM.MATERIALS", province, "", cancellationToken) is > 0 and var materials)
        {
            parts.Add($"thực hiện {VietnameseReportText.TwoDigitCount(materials)} tài liệu, pano tuyên truyền");
        }
        if (await ValueAsync("PRESS.COMM.CLASSES", province, "", cancellationToken) is > 0 and var classes)
        {
            var trainees = await ValueAsync("PRESS.COMM.TRAINEES", province, "", cancellationToken) ?? 0;
            parts.Add(trainees > 0
                ? $"tổ chức {VietnameseReportText.TwoDigitCount(classes)} lớp tập huấn, bồi dưỡng kỹ năng truyền thông cho {Whole(trainees)} học viên"
                : $"tổ chức {VietnameseReportText.TwoDigitCount(classes)} lớp tập huấn, bồi dưỡng kỹ năng truyền thông");
        }
        return parts.Count == 0 ? null : $"Công tác thông tin, tuyên truyền: {string.Join("; ", parts)}.";
    }

    /// <summary>The plan of a figure: the registry's planned amount, else the province's target for the year.</summary>
    private async Task<decimal> PlanAsync(string code, CancellationToken cancellationToken) =>
        await ValueAsync(code + ".PLAN", province, "", cancellationToken)
        ?? evaluator.Province.Target(code, province, period.Year, "") ?? 0;

    private async Task<decimal?> ValueAsync(string code, string unit, string category, CancellationToken cancellationToken) =>
        evaluator.Catalogue.Find(code) is { } indicator
            ? (await evaluator.ValueAsync(indicator, unit, period, category, cancellationToken))?.Value
            : null;

    /// <summary>Both sides of a plan: ", đạt 100,04% kế hoạch (13.500 giờ)"; nothing without a plan.</summary>
    private static string AgainstPlan(decimal actual, decimal plan, string measure) =>
        plan > 0 ? $", đạt {Percent(actual, plan)}% kế hoạch ({Whole(plan)} {measure})" : string.Empty;

    private static string Percent(decimal part, decimal whole) => VietnameseNumber.Display(part * 100 / whole, 2);

    private static string Whole(decimal value) => VietnameseNumber.Display(value, 0);
}
