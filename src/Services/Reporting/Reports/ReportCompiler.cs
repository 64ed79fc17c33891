using System.Globalization;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.Inspection.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// Compiles a province's report for a period from the data as it stands: every figure is read through the
/// <see cref="IndicatorEvaluator"/> (registries asked over gRPC at this moment), documents and work-plan tasks
/// from Reporting's own tables, and the figures that fail validation are listed for the staff to review.
/// </summary>
public sealed class ReportCompiler(
    ReportingDbContext db, IndicatorEvaluatorFactory evaluators, Complaints.ComplaintsClient complaints, TimeProvider clock, ILogger<ReportCompiler> logger)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<CompiledReport> CompileAsync(string province, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var evaluator = await evaluators.OpenAsync(province, cancellationToken);
        var root = evaluator.Province.Province;
        var readings = new List<IndicatorReading>();
        foreach (var indicator in evaluator.Catalogue.All)
        {
            var reading = await evaluator.ReadAsync(indicator, province, period, string.Empty, cancellationToken);
            if (reading.Value is not null || reading.Target is not null)
            {
                readings.Add(reading);
            }
        }
        var violations = await new IndicatorValidator(evaluator).ValidateAsync(period, cancellationToken);
        var asOf = AsOf(period, clock.Today());
        var tasks = await TasksOfPeriodAsync(province, period, cancellationToken);

        var sections = new List<ReportSection>();
        foreach (var field in Enum.GetValues<ReportField>())
        {
            List<string> Sentences() => readings.Where(r => r.Indicator.Field == field && r.Value is not null).Select(Sentence).ToList();
            var paragraphs = field switch
            {
                ReportField.InformationTechnology => await new ItSectionText(evaluator, province, period).ParagraphsAsync(readings, Sentence, cancellationToken),
                ReportField.PressPublishing => await new PressReportSection(evaluator, province, period, PeriodName(period)).ParagraphsAsync(cancellationToken) is { Count: > 0 } press
                    ? press
                    : Sentences(),
                ReportField.Inspection => await InspectionSection.ParagraphsAsync(evaluator, province, period, cancellationToken),
                _ => Sentences(),
            };
            var lists = field == ReportField.Planning ? await PlanningListsAsync(province, period, tasks, asOf, violations, cancellationToken) : [];
            if (field == ReportField.Planning)
            {
                paragraphs.AddRange(PlanProgress(tasks, asOf));
            }
            if (paragraphs.Count > 0 || lists.Count > 0)
            {
                sections.Add(new ReportSection(FieldKey(field), FieldTitle(field), paragraphs, lists));
            }
        }
        var periodName = PeriodName(period);
        return new CompiledReport(
            province,
            root.Name,
            period.Code,
            periodName,
            $"Báo cáo kết quả công tác thông tin và truyền thông {periodName}",
            clock.Today(),
            sections,
            [.. readings.OrderBy(r => r.Indicator.Field).Select(Row)]);
    }

    private static string Sentence(IndicatorReading reading)
    {
        var indicator = reading.Indicator;
        return $"{indicator.Name}: {indicator.Display(reading.Value!.Value.Value)} {indicator.MeasureUnit}{PlanAndGrowth(reading)}.";
    }

    /// <summary>", đạt 95,00% kế hoạch (…), tăng 5,29% so với cùng kỳ năm trước", as far as a target and a year-earlier value exist.</summary>
    internal static string PlanAndGrowth(IndicatorReading reading)
    {
        var text = string.Empty;
        if (reading.PlanPercent is { } plan)
        {
            text += $", đạt {VietnameseNumber.Display(plan, 2)}% kế hoạch ({reading.Indicator.Display(reading.Target!.Value)} {reading.Indicator.MeasureUnit})";
        }
        if (reading.GrowthPercent is { } growth)
        {
            text += growth switch
            {
                > 0 => $", tăng {VietnameseNumber.Display(growth, 2)}% so với cùng kỳ năm trước",
                < 0 => $", giảm {VietnameseNumber.Display(-growth, 2)}% so với cùng kỳ năm trước",
                _ => ", bằng cùng kỳ năm trước",
            };
        }
        return text;
    }

    private static IndicatorTableRow Row(IndicatorReading reading)
    {
        var indicator = reading.Indicator;
        var value = reading.Value?.Value;
        return new IndicatorTableRow(
            indicator.Code,
            indicator.Name,
            indicator.MeasureUnit,
            FieldKey(indicator.Field),
            value,
            value is { } v ? indicator.Display(v) : null,
            reading.Value is { } resolved ? WireNames.ToWire(resolved.Source) : null,
            reading.Target,
            reading.Target is { } target ? indicator.Display(target) : null,
            reading.PlanPercent,
            reading.PlanPercent is { } plan ? VietnameseNumber.Display(plan, 2) : null,
            reading.GrowthPercent,
            reading.GrowthPercent is { } growth ? VietnameseNumber.Display(growth, 2) : null);
    }

    private async Task<List<ReportList>> PlanningListsAsync(
        string province, ReportingPeriod period, List<WorkPlanTask> tasks, DateOnly asOf, IReadOnlyList<ValidationViolation> violations, CancellationToken cancellationToken)
    {
        var lists = new List<ReportList>();
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.ProvinceCode == province && d.IssuedOn >= period.Start && d.IssuedOn <= period.End)
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Number)
            .ToListAsync(cancellationToken);
        if (documents.Count > 0)
        {
            lists.Add(new ReportList(
                "Văn bản đã tham mưu, ban hành",
                [.. documents.Select(d => $"{d.Number} ngày {d.IssuedOn.ToString("dd/MM/yyyy", Invariant)} của {d.Issuer}: {d.Title}")]));
        }
        var overdue = tasks.Where(t => t.IsOverdue(asOf)).ToList();
        if (overdue.Count > 0)
        {
            lists.Add(new ReportList(
                $"Nhiệm vụ quá hạn (đến ngày {asOf.ToString("dd/MM/yyyy", Invariant)})",
                [.. overdue.Select(t => $"{t.Plan}, nhiệm vụ {t.Number}: {t.Content} (chủ trì: {t.Lead}; hạn: tháng {t.DueMonth!.Value.Month}/{t.DueMonth.Value.Year})")]));
        }
        if (await OverdueLettersAsync(province, asOf, cancellationToken) is { Count: > 0 } letters)
        {
            lists.Add(new ReportList($"Đơn thư quá hạn giải quyết (đến ngày {asOf.ToString("dd/MM/yyyy", Invariant)})", letters));
        }
        if (violations.Count > 0)
        {
            lists.Add(new ReportList("Số liệu chưa thống nhất, cần rà soát", [.. violations.Select(v => v.Message)]));
        }
        return lists;
    }

    /// <summary>The letters open past their deadline on <paramref name="asOf"/>, as Inspection lists them; none when it cannot be asked.</summary>
    private async Task<List<string>> OverdueLettersAsync(string province, DateOnly asOf, CancellationToken cancellationToken)
    {
        var items = new List<string>();
        var request = new ListComplaintsRequest { Province = province, Overdue = true, AsOf = asOf.ToString("yyyy-MM-dd", Invariant), PageSize = 500 };
        try
        {
            do
            {
                var page = await complaints.ListComplaintsAsync(request, cancellationToken: cancellationToken);
                items.AddRange(page.Complaints.Select(c =>
                    $"{c.Id} ({VietnameseReportText.LetterKind(c.Kind)}, nhận ngày {Day(c.ReceivedOn)}; hạn {Day(c.ExtendedTo.Length > 0 ? c.ExtendedTo : c.DeadlineOn)})" +
                    (c.Summary.Length > 0 ? $": {c.Summary}" : string.Empty)));
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unimplemented)
        {
            logger.LogWarning(exception, "Report of province {Province}: the overdue letters could not be listed", province);
            return [];
        }
        return items;
    }

    private static string Day(string wire) =>
        DateOnly.ParseExact(wire, "yyyy-MM-dd", Invariant).ToString("dd/MM/yyyy", Invariant);

    private static IEnumerable<string> PlanProgress(List<WorkPlanTask> tasks, DateOnly asOf) =>
        tasks
            .GroupBy(t => t.Plan)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(plan =>
                $"Kế hoạch {plan.Key}: {plan.Count()} nhiệm vụ, trong đó {plan.Count(t => t.Status == WorkPlanTaskStatus.Done)} đã hoàn thành, " +
                $"{plan.Count(t => t.Status == WorkPlanTaskStatus.Doing)} đang thực hiện, {plan.Count(t => t.Status == WorkPlanTaskStatus.Todo)} chưa triển khai, " +
                $"{plan.Count(t => t.IsOverdue(asOf))} quá hạn.");

    /// <summary>Tasks of plans due in the period's year, and recurring ones.</summary>
    private async Task<List<WorkPlanTask>> TasksOfPeriodAsync(string province, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.ProvinceCode == province).ToListAsync(cancellationToken);
        var plans = tasks.Where(t => t.DueMonth?.Year == period.Year).Select(t => t.Plan).ToHashSet(StringComparer.Ordinal);
        return [.. tasks.Where(t => plans.Contains(t.Plan)).OrderBy(t => t.Plan, StringComparer.Ordinal).ThenBy(t => t.Number, StringComparer.Ordinal)];
    }

    /// <summary>Overdue as of the period's end, or today while the period is still running.</summary>
    private static DateOnly AsOf(ReportingPeriod period, DateOnly today) => today < period.End ? today : period.End;

    public static string PeriodName(ReportingPeriod period)
    {
        var year = period.Year.ToString(Invariant);
        return (period.FirstMonth, period.LastMonth) switch
        {
            (1, 12) => $"năm {year}",
            (1, 6) => $"6 tháng đầu năm {year}",
            (7, 12) => $"6 tháng cuối năm {year}",
            var (first, last) when last - first == 2 && first % 3 == 1 => $"quý {VietnameseReportText.RomanNumeral(first / 3 + 1)} năm {year}",
            var (first, last) when first == last => $"tháng {last} năm {year}",
            var (_, last) => $"{last} tháng năm {year}",
        };
    }

    public static string FieldKey(ReportField field) => field switch
    {
        ReportField.PostsTelecom => "posts-telecom",
        ReportField.InformationTechnology => "information-technology",
        ReportField.PressPublishing => "press-publishing",
        ReportField.Inspection => "inspection",
        _ => "planning",
    };

    private static string FieldTitle(ReportField field) => field switch
    {
        ReportField.PostsTelecom => "Lĩnh vực Bưu chính, Viễn thông",
        ReportField.InformationTechnology => "Lĩnh vực Công nghệ thông tin",
        ReportField.PressPublishing => "Lĩnh vực Thông tin, Báo chí, Xuất bản",
        ReportField.Inspection => "Công tác thanh tra, kiểm tra",
        _ => "Công tác kế hoạch, tổng hợp",
    };
}
