namespace GiaLaiIct.Reporting.Indicators;

/// <summary>Names of the validation rules, as violations carry them.</summary>
public static class ValidationRules
{
    public const string SumOfCategories = "sum-of-categories";
    public const string PartExceedsTotal = "part-exceeds-total";
    public const string SumOfChildren = "sum-of-children";
    public const string Formula = "formula";
    public const string RegistryCount = "registry-count";
    public const string PercentageBounds = "percentage-bounds";
    public const string Negative = "negative";
    public const string CumulativeDecreasing = "cumulative-decreasing";
    public const string PartsOfWhole = "parts-of-whole";
}
