using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// The inspection part of the report written as the department writes it (seed 000 §2.4 and the district lines):
/// what the department and the anti-piracy team inspected and sanctioned, what the districts checked and referred,
/// and the letters received and settled. A sentence appears when its figures exist.
/// </summary>
public static class InspectionSection
{
    public static async Task<List<string>> ParagraphsAsync(IndicatorEvaluator evaluator, string province, ReportingPeriod period, CancellationToken cancellationToken)
    {
        async Task<decimal?> Value(string code, params string[] categories)
        {
            if (evaluator.Catalogue.Find(code) is not { } indicator)
            {
                return null;
            }
            decimal? sum = null;
            foreach (var category in categories.Length == 0 ? [string.Empty] : categories)
            {
                if ((await evaluator.ValueAsync(indicator, province, period, category, cancellationToken))?.Value is { } value)
                {
                    sum = (sum ?? 0) + value;
                }
            }
            return sum;
        }

        // How the sanctioned complied, as the seed follows the tally: all of them, or how many are late.
        async Task<string> ComplianceAsync(decimal sanctions)
        {
            if (sanctions > 0 && await Value("INSP.SANCTIONS.COMPLIED") == sanctions)
            {
                return ". Các trường hợp bị xử lý vi phạm đã chấp hành quyết định xử phạt vi phạm hành chính";
            }
            return await Value("INSP.SANCTIONS.OVERDUE") is { } overdue && overdue > 0
                ? $"; {VietnameseReportText.TwoDigitCount(overdue)} quyết định xử phạt quá hạn chấp hành"
                : string.Empty;
        }

        // A sentence or clause with nothing to count is left out, as the seeds leave it out ("00 cuộc kiểm tra", "00
        // trường hợp với … 0 đồng" are no sentences).
        var paragraphs = new List<string>();
        var departmentCount = await Value("INSP.COUNT", "department", "anti_piracy_team");
        if (departmentCount is { } count && count > 0)
        {
            var text = $"Sở Thông tin và Truyền thông, Đội Liên ngành phòng, chống in lậu tiến hành {VietnameseReportText.TwoDigitCount(count)} cuộc thanh tra, kiểm tra";
            if (await Value("INSP.SUBJECTS", "department", "anti_piracy_team") is { } subjects)
            {
                text += $", tiến hành kiểm tra, xác minh đối với {VietnameseReportText.TwoDigitCount(subjects)} lượt đối tượng";
            }
            if (await Value("INSP.SANCTIONS") is { } sanctions && sanctions > 0)
            {
                text += $", xử phạt vi phạm hành chính {VietnameseReportText.TwoDigitCount(sanctions)} trường hợp";
                if (await Value("INSP.FINES") is { } fines)
                {
                    text += $" với tổng số tiền là {VietnameseNumber.Display(fines, 0)} đồng";
                }
                text += await ComplianceAsync(sanctions);
            }
            paragraphs.Add(text + ".");
        }
        if (await Value("INSP.COUNT", "district") is { } districtCount && districtCount > 0)
        {
            var text = $"UBND cấp huyện thực hiện {VietnameseReportText.TwoDigitCount(districtCount)} cuộc kiểm tra";
            if (await Value("INSP.SUBJECTS", "district") is { } subjects)
            {
                text += $" đối với {VietnameseReportText.TwoDigitCount(subjects)} lượt đối tượng";
            }
            if (await Value("INSP.REFERRALS") is { } referrals && referrals > 0)
            {
                text += $", thiết lập hồ sơ chuyển cơ quan có thẩm quyền ban hành quyết định xử phạt vi phạm hành chính {VietnameseReportText.TwoDigitCount(referrals)} trường hợp";
                if (await Value("INSP.REFERRALS.FINES") is { } fines)
                {
                    text += $" với tổng số tiền xử phạt {VietnameseNumber.Display(fines, 0)} đồng";
                }
            }
            paragraphs.Add(text + ".");
        }
        if (await Value("INSP.VIOLATIONS.UNSANCTIONED") is { } unsanctioned && unsanctioned > 0)
        {
            paragraphs.Add($"Nhắc nhở, chấn chỉnh {VietnameseReportText.TwoDigitCount(unsanctioned)} trường hợp có thiếu sót, sai phạm.");
        }
        if (await Value("COMPLAINTS.RECEIVED") is { } received)
        {
            var text = $"Tiếp nhận {VietnameseReportText.TwoDigitCount(received)} đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh";
            if (await Value("COMPLAINTS.RESOLVED") is { } resolved && resolved > 0)
            {
                text += $"; đã giải quyết {VietnameseReportText.TwoDigitCount(resolved)} đơn";
            }
            if (await Value("COMPLAINTS.NOT_ACCEPTED") is { } notAccepted && notAccepted > 0)
            {
                text += $"; {VietnameseReportText.TwoDigitCount(notAccepted)} đơn không thụ lý";
            }
            if (await Value("COMPLAINTS.OVERDUE") is { } overdue)
            {
                text += overdue > 0 ? $"; {VietnameseReportText.TwoDigitCount(overdue)} đơn quá hạn giải quyết" : "; không có đơn thư quá hạn";
            }
            paragraphs.Add(text + ".");
        }
        return paragraphs;
    }
}
