using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>The fields a statistic and a target share (indicator, unit, category, figure), checked the way an import checks its rows.</summary>
public sealed class FigureFieldChecks(ReportingDbContext db, IndicatorCatalogue catalogue)
{
    public IndicatorDefinition? Indicator(FieldViolations violations, string field, string code)
    {
        if (!violations.Required(field, code))
        {
            return null;
        }
        var indicator = catalogue.Find(code.Trim());
        if (indicator is null)
        {
            violations.Add(field, IndicatorCatalogue.NotInCatalogue(code));
        }
        return indicator;
    }

    /// <summary>An optional indicator filter: when given, it must be in the catalogue.</summary>
    public void IndicatorFilter(FieldViolations violations, string field, string code)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            Indicator(violations, field, code);
        }
    }

    public async Task<AdministrativeUnit?> UnitAsync(FieldViolations violations, string field, string province, string code, CancellationToken cancellationToken)
    {
        if (!violations.Required(field, code) || string.IsNullOrWhiteSpace(province))
        {
            return null;
        }
        var trimmed = code.Trim();
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == trimmed && u.ProvinceCode == province.Trim(), cancellationToken);
        if (unit is null && !await db.HoldsProvinceAsync(province.Trim(), cancellationToken))
        {
            violations.Add("province", FieldViolations.ProvinceNotLoaded(province.Trim()));
        }
        else if (unit is null)
        {
            violations.Add(field, $"'{trimmed}' is not a unit of province {province.Trim()}");
        }
        return unit;
    }

    public static string Category(FieldViolations violations, string field, IndicatorDefinition? indicator, string category)
    {
        var trimmed = VietnameseText.Normalize(category) ?? string.Empty;
        if (IndicatorFigureRules.CategoryProblem(indicator, trimmed) is { } problem)
        {
            violations.Add(field, problem);
        }
        return trimmed;
    }

    public static decimal? Figure(FieldViolations violations, string field, IndicatorDefinition? indicator, string text)
    {
        if (!violations.Required(field, text))
        {
            return null;
        }
        if (!DecimalText.TryParse(text, out var value))
        {
            violations.Add(field, DecimalText.NotANumber(text));
            return null;
        }
        if (IndicatorFigureRules.FigureProblem(indicator, value) is { } problem)
        {
            violations.Add(field, problem);
            return null;
        }
        return value;
    }

}
