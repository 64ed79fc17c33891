using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// The IT section's paragraphs in the seeds' wording (seeds 000, 002, 003, 004): the online services by level, the
/// one-stop system in communes and its dossiers, websites by owner, incidents by type, certificates; figures the
/// sentences do not cover keep the section's plain "name: value" sentence.
/// </summary>
internal sealed class ItSectionText(IndicatorEvaluator evaluator, string province, ReportingPeriod period)
{
    private readonly HashSet<string> _covered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndicatorReading> _readings = new(StringComparer.Ordinal);

    public async Task<List<string>> ParagraphsAsync(IReadOnlyList<IndicatorReading> readings, Func<IndicatorReading, string> plainSentence, CancellationToken cancellationToken)
    {
        foreach (var reading in readings.Where(r => r.Indicator.Field == ReportField.InformationTechnology && r.Value is not null))
        {
            _readings[reading.Indicator.Code] = reading;
        }
        var paragraphs = new List<string?>
        {
            OnlineServices(),
            await OneStopAsync(cancellationToken),
            Dossiers(),
            await ByCategoryAsync("IT.WEBSITES", "Số trang thông tin điện tử", new Dictionary<string, string>
            {
                ["party"] = "cơ quan Đảng, hội, đoàn thể", ["state"] = "cơ quan nhà nước", ["enterprise"] = "doanh nghiệp, tổ chức khác", ["press"] = "báo điện tử",
            }, cancellationToken),
            await ByCategoryAsync("IT.INCIDENTS", "Sự cố, tấn công mạng đã xử lý", new Dictionary<string, string>
            {
                ["exploit"] = "tấn công khai thác lỗ hổng bảo mật", ["ddos"] = "tấn công DDoS", ["malware"] = "mã độc", ["phishing"] = "lừa đảo (phishing)",
                ["defacement"] = "thay đổi giao diện", ["other"] = "sự cố khác",
            }, cancellationToken),
            Certificates(),
            EGovernment(),
        };
        paragraphs.AddRange(_readings.Values.Where(r => !_covered.Contains(r.Indicator.Code)).Select(plainSentence));
        return [.. paragraphs.OfType<string>()];
    }

    /// <summary>"Toàn tỉnh đã cung cấp 1.042 DVCTT mức độ 1, 2; 326 DVCTT mức độ 3; 123 DVCTT mức độ 4 (…)."</summary>
    private string? OnlineServices()
    {
        var parts = new List<string>();
        foreach (var (code, words) in (ReadOnlySpan<(string, string)>)[("IT.DVC.L12", "mức độ 1, 2"), ("IT.DVC.L3", "mức độ 3"), ("IT.DVC.L4", "mức độ 4")])
        {
            if (Take(code) is { } reading && reading.Value!.Value.Value != 0)
            {
                parts.Add($"{Figure(reading)} DVCTT {words}{PlanAndGrowth(reading)}");
            }
        }
        if (parts.Count == 0)
        {
            return null;
        }
        var text = $"Toàn tỉnh đã cung cấp {string.Join("; ", parts)}";
        if (Take("IT.DVC.L34") is { } both)
        {
            text += $"; tổng số DVCTT mức độ 3, 4 là {Figure(both)} dịch vụ";
            if (Take("IT.DVC.L34.PER_TTHC") is { } share && Take("IT.TTHC") is { } procedures)
            {
                text += $", bằng {Display(share)}% trong tổng số {Figure(procedures)} thủ tục hành chính";
            }
        }
        if (Take("IT.DVC.AGENCIES") is { } agencies)
        {
            text += $"; {Figure(agencies)} cơ quan, đơn vị đã triển khai DVCTT mức độ 3, 4";
        }
        if (Take("IT.DVC.ADDED") is { } added && added.Value!.Value.Value > 0)
        {
            text += $"; trong kỳ đưa vào cung cấp thêm {Figure(added)} dịch vụ";
        }
        return text + ".";
    }

    /// <summary>"Hệ thống Một cửa điện tử đã triển khai được 164/222 xã, phường, thị trấn, đạt 73,87%."</summary>
    private async Task<string?> OneStopAsync(CancellationToken cancellationToken)
    {
        if (Take("IT.ONESTOP.COMMUNES") is not { } communes)
        {
            return null;
        }
        var text = $"Hệ thống Một cửa điện tử đã triển khai được {Figure(communes)}";
        if (evaluator.Catalogue.Find("UNITS.COMMUNE") is { } all && await evaluator.ValueAsync(all, province, period, string.Empty, cancellationToken) is { } total
            && Take("IT.ONESTOP.COMMUNES.PCT") is { } share)
        {
            text += $"/{all.Display(total.Value)} xã, phường, thị trấn, đạt {Display(share)}%{PlanAndGrowth(share)}";
        }
        else
        {
            text += " xã, phường, thị trấn";
        }
        if (Take("IT.ONESTOP.UNITS") is { } desks)
        {
            text += $"; tổng số {Figure(desks)} cơ quan, địa phương sử dụng hệ thống";
        }
        return text + ".";
    }

    /// <summary>"Hệ thống đã tiếp nhận 38.751 hồ sơ (trực tuyến …, trực tiếp …) và giải quyết 38.584 hồ sơ, đúng hạn 157 hồ sơ, đạt 100%; …"</summary>
    private string? Dossiers()
    {
        if (Take("IT.DOSSIER.RECEIVED") is not { } received)
        {
            return null;
        }
        var text = $"Hệ thống đã tiếp nhận {Figure(received)} hồ sơ";
        var online = Take("IT.DOSSIER.ONLINE");
        var direct = Take("IT.DOSSIER.DIRECT");
        if (online is not null || direct is not null)
        {
            var ways = new List<string>();
            if (online is not null) { ways.Add($"trực tuyến {Figure(online)}"); }
            if (direct is not null) { ways.Add($"trực tiếp {Figure(direct)}"); }
            text += $" ({string.Join(", ", ways)}{(Take("IT.DOSSIER.ONLINE.PCT") is { } onlineShare ? $"; tỷ lệ trực tuyến {Display(onlineShare)}%" : string.Empty)})";
        }
        if (Take("IT.DOSSIER.RESOLVED") is { } resolved)
        {
            text += $" và giải quyết {Figure(resolved)} hồ sơ";
        }
        if (Take("IT.DOSSIER.ONTIME") is { } onTime)
        {
            text += $", đúng hạn {Figure(onTime)} hồ sơ";
            if (Take("IT.DOSSIER.ONTIME.PCT") is { } share)
            {
                text += $", đạt tỷ lệ {Display(share)}%";
            }
        }
        if (Take("IT.DOSSIER.LATE") is { } late)
        {
            text += $", trễ hạn {Figure(late)} hồ sơ";
        }
        if (Take("IT.DOSSIER.APOLOGIES") is { } apologies)
        {
            text += $" ({Figure(apologies)} thư xin lỗi)";
        }
        if (Take("IT.DOSSIER.PENDING") is { } pending)
        {
            text += $"; {Figure(pending)} hồ sơ đang trong thời gian giải quyết";
        }
        return text + ".";
    }

    /// <summary>"Tổng số chứng thư số đang hoạt động là 479 chứng thư (453 tổ chức, 26 cá nhân)."</summary>
    private string? Certificates()
    {
        if (Take("IT.CERTS") is not { } certificates)
        {
            return null;
        }
        var parts = new List<string>();
        if (Take("IT.CERTS.ORG") is { } organisations) { parts.Add($"{Figure(organisations)} tổ chức"); }
        if (Take("IT.CERTS.PERSON") is { } people) { parts.Add($"{Figure(people)} cá nhân"); }
        return $"Tổng số chứng thư số đang hoạt động là {Figure(certificates)} chứng thư{(parts.Count > 0 ? $" ({string.Join(", ", parts)})" : string.Empty)}{PlanAndGrowth(certificates)}.";
    }

    /// <summary>
    /// The shared e-government systems as seed 000 reports them: "Hệ thống thư điện tử công vụ có 5.200 tài khoản; trong kỳ
    /// tạo mới 467 tài khoản, hủy bỏ 21 tài khoản. Phần mềm QLVB&amp;ĐH có 3.900 người sử dụng; 1.000.000 văn bản điện tử
    /// được trao đổi trên môi trường mạng. Hệ thống Hội nghị truyền hình phục vụ 21 cuộc họp trực tuyến. Tổ chức 06 lớp
    /// đào tạo, bồi dưỡng ứng dụng CNTT cho 180 học viên." Each sentence only with its figures.
    /// </summary>
    private string? EGovernment()
    {
        var sentences = new List<string>();
        var mail = new List<string>();
        if (Take("IT.MAIL.CREATED") is { } created) { mail.Add($"tạo mới {Figure(created)} tài khoản"); }
        if (Take("IT.MAIL.REMOVED") is { } removed) { mail.Add($"hủy bỏ {Figure(removed)} tài khoản"); }
        if (Take("IT.MAIL.ACCOUNTS") is { } accounts)
        {
            sentences.Add($"Hệ thống thư điện tử công vụ có {Figure(accounts)} tài khoản{(mail.Count > 0 ? $"; trong kỳ {string.Join(", ", mail)}" : string.Empty)}.");
        }
        else if (mail.Count > 0)
        {
            sentences.Add($"Hệ thống thư điện tử công vụ: trong kỳ {string.Join(", ", mail)}.");
        }
        var documents = new List<string>();
        if (Take("IT.DOCMGMT.USERS") is { } users) { documents.Add($"Phần mềm QLVB&ĐH có {Figure(users)} người sử dụng"); }
        if (Take("IT.EDOC.EXCHANGED") is { } exchanged) { documents.Add($"{Figure(exchanged)} văn bản điện tử được trao đổi trên môi trường mạng"); }
        if (Take("IT.EDOC.PCT") is { } share) { documents.Add($"tỷ lệ văn bản điện tử trao đổi đạt {Display(share)}%"); }
        if (documents.Count > 0)
        {
            var text = string.Join("; ", documents);
            sentences.Add(char.ToUpperInvariant(text[0]) + text[1..] + ".");
        }
        if (Take("IT.VIDEOCONF.MEETINGS") is { } meetings)
        {
            sentences.Add($"Hệ thống Hội nghị truyền hình phục vụ {Figure(meetings)} cuộc họp trực tuyến.");
        }
        if (Take("IT.TRAINING.CLASSES") is { } classes)
        {
            sentences.Add($"Tổ chức {VietnameseReportText.TwoDigitCount(classes.Value!.Value.Value)} lớp đào tạo, bồi dưỡng ứng dụng CNTT"
                + (Take("IT.TRAINING.ATTENDEES") is { } attendees ? $" cho {Figure(attendees)} học viên." : "."));
        }
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    /// <summary>"Số trang thông tin điện tử: 577 trang; trong đó: cơ quan Đảng, hội, đoàn thể: 15; …" — categories as the registry counts them.</summary>
    private async Task<string?> ByCategoryAsync(string code, string lead, IReadOnlyDictionary<string, string> names, CancellationToken cancellationToken)
    {
        if (Take(code) is not { } total || evaluator.Catalogue.Find(code) is not { Categories: { } categories } indicator)
        {
            return null;
        }
        var parts = new List<string>();
        foreach (var category in categories)
        {
            if (await evaluator.ValueAsync(indicator, province, period, category, cancellationToken) is { Value: > 0 } value)
            {
                parts.Add($"{names.GetValueOrDefault(category, category)}: {indicator.Display(value.Value)}");
            }
        }
        return $"{lead}: {Figure(total)}{PlanAndGrowth(total)}{(parts.Count > 0 ? $"; trong đó: {string.Join("; ", parts)}" : string.Empty)}.";
    }

    private IndicatorReading? Take(string code)
    {
        if (!_readings.TryGetValue(code, out var reading))
        {
            return null;
        }
        _covered.Add(code);
        return reading;
    }

    private static string Figure(IndicatorReading reading) => reading.Indicator.Display(reading.Value!.Value.Value);

    private static string Display(IndicatorReading reading) => VietnameseNumber.Display(reading.Value!.Value.Value, 2);

    private static string PlanAndGrowth(IndicatorReading reading) => ReportCompiler.PlanAndGrowth(reading);
}
