using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// What a submitted figure or target of an indicator must satisfy, whether it comes from a dataset file or an
/// officer's write: each check answers the problem in words, or null when there is none.
/// </summary>
public static class IndicatorFigureRules
{
    public const int MaxCategoryLength = 48;

    /// <summary>What the figure columns hold (precision 28, scale 8): more would be rounded on the way in.</summary>
    public const int MaxDecimals = 8;
    private const decimal Limit = 1e20m;

    /// <summary>Empty is the total; otherwise one of the catalogue's categories where it fixes them.</summary>
    public static string? CategoryProblem(IndicatorDefinition? indicator, string category)
    {
        if (category.Length > MaxCategoryLength)
        {
            return $"must be at most {MaxCategoryLength} characters (got {category.Length})";
        }
        if (category.Length > 0 && indicator?.Categories is { } categories && !categories.Contains(category))
        {
            return $"'{category}' is not a category of {indicator.Code} ({string.Join(", ", categories)})";
        }
        return null;
    }

    /// <summary>Only a growth rate may be negative; a count is a whole number; nothing is stored rounded.</summary>
    public static string? FigureProblem(IndicatorDefinition? indicator, decimal value)
    {
        if (DecimalText.WithoutTrailingZeros(value).Scale > MaxDecimals || Math.Abs(value) >= Limit)
        {
            return $"must have at most {MaxDecimals} decimals and fewer than 21 digits before them (got {value})";
        }
        if (indicator is null)
        {
            return null;
        }
        if (value < 0 && !indicator.MayBeNegative)
        {
            return $"must not be negative for {indicator.Code} (got {value})";
        }
        if (indicator.IsWholeNumber && value != decimal.Truncate(value))
        {
            return $"must be a whole number for {indicator.Code}, counted in {indicator.MeasureUnit} (got {value})";
        }
        return null;
    }

    /// <summary>The year of a target, in the range periods are written in.</summary>
    public static string? YearProblem(long year) => year is < 1900 or > 9999 ? $"'{year}' is not a year (1900–9999)" : null;
}
