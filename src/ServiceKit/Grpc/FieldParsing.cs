using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;
using System.Globalization;

namespace GiaLaiIct.ServiceKit.Grpc;

/// <summary>Parsers for request fields that record a violation instead of throwing.</summary>
public static class FieldParsing
{
    public const string DateFormat = "yyyy-MM-dd";
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    /// <summary>A required reporting period (2018, 2018Q1, 2018H1, 2018M9, 2018M03).</summary>
    public static ReportingPeriod? Period(this FieldViolations violations, string field, string? text)
    {
        if (!violations.Required(field, text))
        {
            return null;
        }
        if (ReportingPeriod.TryParse(text, out var period))
        {
            return period;
        }
        violations.Add(field, ReportingPeriod.NotAPeriod(text));
        return null;
    }

    /// <summary>A required enum field, written as people write it (<see cref="EnumeratedValues{T}"/>: <c>4g</c> is <c>4G</c>).</summary>
    public static TEnum? Enum<TEnum>(this FieldViolations violations, string field, string? value) where TEnum : struct, Enum
    {
        var (matched, found) = violations.Match(field, value, EnumeratedValues.Of<TEnum>());
        return found ? matched : null;
    }

    /// <summary>A required field that takes one of <paramref name="values"/>; found is false after a violation.</summary>
    public static (T? Value, bool Found) Match<T>(this FieldViolations violations, string field, string? text, EnumeratedValues<T> values)
    {
        if (!violations.Required(field, text))
        {
            return (default, false);
        }
        if (values.TryMatch(text, out var matched))
        {
            return (matched, true);
        }
        violations.Add(field, values.Unknown(text!.Trim()));
        return (default, false);
    }

    /// <summary>An enum filter: null when empty, a violation when given but unknown.</summary>
    public static TEnum? OptionalEnum<TEnum>(this FieldViolations violations, string field, string? value) where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : violations.Enum<TEnum>(field, value);

    /// <summary>The version an update is based on: the client must send what it read.</summary>
    public static void VersionRead(this FieldViolations violations, string field, long version)
    {
        if (version <= 0)
        {
            violations.Add(field, $"is required: send the version you last read (got {version})");
        }
    }

    /// <summary>A count that may be zero but never negative.</summary>
    public static void NotNegative(this FieldViolations violations, string field, long value)
    {
        if (value < 0)
        {
            violations.Add(field, $"must not be negative (got {value})");
        }
    }

    public static DateOnly? Date(this FieldViolations violations, string field, string? value, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                violations.Add(field, $"is required ({DateFormat})");
            }
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        violations.Add(field, $"'{value}' is not a date in the form {DateFormat}");
        return null;
    }

    public static string ToWire(this DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static int PageSize(this FieldViolations violations, string field, int requested)
    {
        if (requested == 0)
        {
            return DefaultPageSize;
        }
        if (requested is < 1 or > MaxPageSize)
        {
            violations.Add(field, $"must be between 1 and {MaxPageSize} (got {requested})");
        }
        return requested;
    }
}
