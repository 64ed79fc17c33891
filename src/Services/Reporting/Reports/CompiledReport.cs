namespace GiaLaiIct.Reporting.Reports;

/// <summary>
/// A province's report for one period in the shape of the department's own reports: a section per field with
/// its figures in sentences, then the indicator table (target, actual, % of plan, growth on the same period a
/// year earlier). Every figure was read from the owning service when the report was compiled.
/// </summary>
/// <param name="Title">e.g. "Báo cáo kết quả công tác thông tin và truyền thông năm 2018".</param>
/// <param name="PeriodName">The period as the reports write it: "năm 2018", "quý I năm 2018", "6 tháng đầu năm 2018", "9 tháng năm 2018".</param>
/// <param name="CompiledOn">The day of compilation (Vietnam time), printed as "ngày 14 tháng 3 năm 2019".</param>
public sealed record CompiledReport(
    string Province,
    string ProvinceName,
    string Period,
    string PeriodName,
    string Title,
    DateOnly CompiledOn,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<IndicatorTableRow> Indicators);

/// <param name="Field">Stable key of the field: planning, posts-telecom, information-technology, press-publishing, inspection.</param>
/// <param name="Title">Heading, e.g. "Lĩnh vực Bưu chính, Viễn thông".</param>
/// <param name="Paragraphs">Sentences with the figures in Vietnamese format.</param>
/// <param name="Lists">Itemised content of the section (documents issued, overdue tasks), each with its own heading.</param>
public sealed record ReportSection(string Field, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<ReportList> Lists);

public sealed record ReportList(string Title, IReadOnlyList<string> Items);

/// <summary>One row of the indicator table. Numbers are exact; the *Display texts are the Vietnamese rendering.</summary>
/// <param name="Unit">Unit of measure, e.g. "TB/100 dân".</param>
/// <param name="Field">The <see cref="ReportSection.Field"/> the indicator belongs to, to group the table.</param>
/// <param name="Source">"reported" or "computed"; null with no value.</param>
public sealed record IndicatorTableRow(
    string Code,
    string Name,
    string Unit,
    string Field,
    decimal? Value,
    string? Display,
    string? Source,
    decimal? Target,
    string? TargetDisplay,
    decimal? PlanPercent,
    string? PlanPercentDisplay,
    decimal? GrowthPercent,
    string? GrowthPercentDisplay);
