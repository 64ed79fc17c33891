using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GiaLaiIct.Contracts.Indicators;

/// <summary>
/// A reporting period as the department writes it: <c>2018</c> (year), <c>2018Q1</c>…<c>2018Q4</c>,
/// <c>2018H1</c>/<c>2018H2</c>, <c>2018M9</c> (January to the end of September, cumulative) and
/// <c>2018M03</c> (the month of March). Every period is a run of whole months inside one year.
/// </summary>
public sealed partial record ReportingPeriod
{
    private ReportingPeriod(string code, int year, int firstMonth, int lastMonth)
    {
        Code = code;
        Year = year;
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
    }

    public string Code { get; }
    public int Year { get; }
    public int FirstMonth { get; }
    public int LastMonth { get; }

    public DateOnly Start => new(Year, FirstMonth, 1);

    /// <summary>The period's last day: registries are counted as they stood at its end.</summary>
    public DateOnly End => new(Year, LastMonth, DateTime.DaysInMonth(Year, LastMonth));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The same period one year earlier, for growth against the same period.</summary>
    public ReportingPeriod YearEarlier() =>
        new(string.Concat((Year - 1).ToString(CultureInfo.InvariantCulture), Code.AsSpan(4)), Year - 1, FirstMonth, LastMonth);

    public override string ToString() => Code;

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 9999)
        {
            return false;
        }
        var code = match.Value;
        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            period = new ReportingPeriod(code, year, quarter * 3 - 2, quarter * 3);
        }
        else if (match.Groups["half"].Success)
        {
            var half = int.Parse(match.Groups["half"].Value, CultureInfo.InvariantCulture);
            period = new ReportingPeriod(code, year, half * 6 - 5, half * 6);
        }
        else if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            period = month is >= 1 and <= 12 ? new ReportingPeriod(code, year, month, month) : null;
        }
        else if (match.Groups["through"].Success)
        {
            var lastMonth = int.Parse(match.Groups["through"].Value, CultureInfo.InvariantCulture);
            period = lastMonth is >= 1 and <= 12 ? new ReportingPeriod(code, year, 1, lastMonth) : null;
        }
        else
        {
            period = new ReportingPeriod(code, year, 1, 12);
        }
        return period is not null;
    }

    /// <summary>Why <paramref name="text"/> was refused, for a field violation or a dataset error.</summary>
    public static string NotAPeriod(string? text) => $"'{text}' is not a period: {Formats}";

    public const string Formats = "yyyy, yyyyQ1–Q4, yyyyH1–H2, yyyyM1–M12 (from January) or yyyyM01–M12 (one month)";

    // A two-digit month (M03) is that month; a one- or two-digit count without leading zero (M9, M10) runs from January.
    // ASCII digits only: \d would also match other scripts' digits (２０１８), which int.Parse then refuses.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:Q(?<quarter>[1-4])|H(?<half>[12])|M(?<month>0[0-9])|M(?<through>[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
