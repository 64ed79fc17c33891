using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using System.Globalization;

namespace GiaLaiIct.ServiceKit.Datasets;

/// <summary>
/// One data row of a <see cref="CsvTable"/>. Each reader returns the cell's value, or null after recording an
/// error naming file, line and column; text comes trimmed and in NFC, and an empty cell is absent.
/// </summary>
public sealed class DatasetRow
{
    private readonly string _file;
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _cells;
    private readonly DatasetErrors _errors;

    internal DatasetRow(string file, int line, IReadOnlyDictionary<string, int> columns, string[] cells, DatasetErrors errors)
    {
        _file = file;
        Line = line;
        _columns = columns;
        _cells = cells;
        _errors = errors;
    }

    public int Line { get; }

    /// <summary>Whether any cell of this row was found wrong.</summary>
    public bool HasErrors { get; private set; }

    public void Error(string column, string message)
    {
        HasErrors = true;
        _errors.Add(_file, Line, column, message);
    }

    /// <summary>The cell, null when the column is absent from the file or the cell is empty.</summary>
    public string? Optional(string column) =>
        _columns.TryGetValue(column, out var index) && VietnameseText.Normalize(_cells[index]) is { Length: > 0 } value ? value : null;

    public string? Required(string column, int maxLength = 200)
    {
        var value = Optional(column);
        if (value is null)
        {
            Error(column, "is required");
            return null;
        }
        if (value.Length > maxLength)
        {
            Error(column, $"must be at most {maxLength} characters (got {value.Length})");
            return null;
        }
        return value;
    }

    public DateOnly? Date(string column, bool required = true)
    {
        var value = required ? Required(column) : Optional(column);
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(column, $"'{value}' is not a date in the form yyyy-MM-dd");
        return null;
    }

    public ReportingPeriod? Period(string column)
    {
        var value = Required(column, 8);
        if (value is null)
        {
            return null;
        }
        if (ReportingPeriod.TryParse(value, out var period))
        {
            return period;
        }
        Error(column, ReportingPeriod.NotAPeriod(value));
        return null;
    }

    /// <summary>A number as DATASET-FORMAT.md writes it: invariant, optional sign and decimal point, no thousands separator or exponent.</summary>
    public decimal? Number(string column, bool required = true)
    {
        var value = required ? Required(column) : Optional(column);
        if (value is null)
        {
            return null;
        }
        if (DecimalText.TryParse(value, out var number))
        {
            return number;
        }
        Error(column, DecimalText.NotANumber(value));
        return null;
    }

    public long? WholeNumber(string column, bool required = true)
    {
        var number = Number(column, required);
        if (number is null)
        {
            return null;
        }
        if (number != decimal.Truncate(number.Value) || number is > long.MaxValue or < long.MinValue)
        {
            Error(column, $"'{number}' is not a whole number");
            return null;
        }
        return (long)number.Value;
    }

    /// <summary>A required enum cell, written as people write it (<see cref="EnumeratedValues{T}"/>: <c>4g</c> is <c>4G</c>).</summary>
    public TEnum? Enum<TEnum>(string column) where TEnum : struct, Enum
    {
        var (value, found) = Match(column, EnumeratedValues.Of<TEnum>(), required: true);
        return found ? value : null;
    }

    /// <summary>A cell that takes one of <paramref name="values"/>; found is false when it is empty or after an error.</summary>
    public (T? Value, bool Found) Match<T>(string column, EnumeratedValues<T> values, bool required)
    {
        var text = required ? Required(column) : Optional(column);
        if (text is null)
        {
            return (default, false);
        }
        if (values.TryMatch(text, out var matched))
        {
            return (matched, true);
        }
        Error(column, values.Unknown(text));
        return (default, false);
    }
}
