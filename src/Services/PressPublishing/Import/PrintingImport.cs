using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>printing.csv: facility, period, unit, pages, plan_pages, revenue_vnd, plan_revenue_vnd.</summary>
internal sealed class PrintingImport(PressPublishingDbContext db, PressImportScope scope)
    : DatasetFileImport(PressDatasetImport.PrintingFile, ["facility", "period", "unit", "pages", "revenue_vnd"], ["plan_pages", "plan_revenue_vnd"])
{
    private readonly List<PrintingOutput> _candidates = [];

    protected override string KeyColumn => "period";

    protected override string? ReadRow(DatasetRow row)
    {
        var facility = row.Required("facility");
        var period = row.Period("period");
        var unit = scope.Unit(row, "unit");
        var pages = PressImportScope.NotNegative(row, "pages");
        var planPages = PressImportScope.NotNegative(row, "plan_pages", required: false);
        var revenue = PressImportScope.NotNegative(row, "revenue_vnd");
        var planRevenue = PressImportScope.NotNegative(row, "plan_revenue_vnd", required: false);
        if (row.HasErrors)
        {
            return null;
        }
        var output = new PrintingOutput
        {
            ProvinceCode = scope.Province, Facility = facility!, FacilityFolded = VietnameseText.Fold(facility!), Period = period!.Code,
            PeriodStart = period.Start, PeriodEnd = period.End, UnitCode = unit!, Pages = pages!.Value, PlanPages = planPages,
            RevenueVnd = revenue!.Value, PlanRevenueVnd = planRevenue,
        };
        _candidates.Add(output);
        return KeyOf(output);
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.PrintingOutputs.Where(o => o.ProvinceCode == scope.Province).ToDictionaryAsync(KeyOf, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, KeyOf, o => db.PrintingOutputs.Add(o), (row, candidate) =>
        {
            if (row.UnitCode == candidate.UnitCode && row.Pages == candidate.Pages && row.PlanPages == candidate.PlanPages
                && row.RevenueVnd == candidate.RevenueVnd && row.PlanRevenueVnd == candidate.PlanRevenueVnd)
            {
                return false;
            }
            row.UnitCode = candidate.UnitCode;
            row.Pages = candidate.Pages;
            row.PlanPages = candidate.PlanPages;
            row.RevenueVnd = candidate.RevenueVnd;
            row.PlanRevenueVnd = candidate.PlanRevenueVnd;
            return true;
        });
    }

    private static string KeyOf(PrintingOutput o) => $"{o.Facility}|{o.Period}";
}
