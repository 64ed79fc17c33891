using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.ServiceKit.Datasets;

namespace GiaLaiIct.Reporting.Import;

/// <summary>What Reporting's files of one import are checked against: the catalogue, and the province's units as stored and as the same dataset's units.csv defines them.</summary>
internal sealed class ReportingImportScope(string province, IndicatorCatalogue catalogue, IReadOnlyDictionary<string, UnitLevel> units)
{
    public string Province => province;

    public IReadOnlyDictionary<string, UnitLevel> Units => units;

    public string? Unit(DatasetRow row, string column)
    {
        var code = row.Required(column, 5);
        if (code is not null && !units.ContainsKey(code))
        {
            row.Error(column, $"'{code}' is a unit neither of province {province} nor of this dataset's units.csv");
            return null;
        }
        return code;
    }

    public IndicatorDefinition? Indicator(DatasetRow row, string column)
    {
        var code = row.Required(column, 48);
        if (code is null)
        {
            return null;
        }
        var indicator = catalogue.Find(code);
        if (indicator is null)
        {
            row.Error(column, IndicatorCatalogue.NotInCatalogue(code));
        }
        return indicator;
    }

    /// <summary>The category cell: empty for the total.</summary>
    public static string? Category(DatasetRow row, string column, IndicatorDefinition? indicator)
    {
        var category = row.Optional(column) ?? string.Empty;
        if (IndicatorFigureRules.CategoryProblem(indicator, category) is { } problem)
        {
            row.Error(column, problem);
            return null;
        }
        return category;
    }

    public static decimal? Figure(DatasetRow row, string column, IndicatorDefinition? indicator)
    {
        var value = row.Number(column);
        if (value is { } figure && IndicatorFigureRules.FigureProblem(indicator, figure) is { } problem)
        {
            row.Error(column, problem);
            return null;
        }
        return value;
    }
}
