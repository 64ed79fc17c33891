using GiaLaiIct.Contracts.Indicators;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// A row of figures a unit reported for one period (a month, quarter, half, January to a month, or a year). A unit's
/// periods never overlap, so the figures of any period are those of the recorded periods lying inside it.
/// </summary>
public interface IRecordedPeriod
{
    string UnitCode { get; }
    string Period { get; }
    int Year { get; }
    int FirstMonth { get; }
    int LastMonth { get; }
}

public static class RecordedPeriods
{
    /// <summary>The first of a unit's rows, other than <paramref name="period"/>'s own, sharing a month with it; null when none does.</summary>
    public static T? FirstOverlapping<T>(this IEnumerable<T> unitRows, ReportingPeriod period) where T : class, IRecordedPeriod =>
        unitRows.FirstOrDefault(row => row.Period != period.Code && row.Year == period.Year && row.FirstMonth <= period.LastMonth && period.FirstMonth <= row.LastMonth);

    /// <summary>The message a period overlapping <paramref name="other"/> of <paramref name="unit"/> is refused with.</summary>
    public static string OverlapMessage(ReportingPeriod period, IRecordedPeriod other, string unit) =>
        $"{period.Code} overlaps {other.Period}, already recorded for unit {unit}: record months, quarters or the year, not both";
}
