using GiaLaiIct.Contracts.Indicators;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>
/// Figures recorded per period (broadcast hours, printing output) read for an asked period: the row of exactly
/// that period when there is one, otherwise rows of periods inside it that do not overlap, the longest first, so
/// a year asked of quarterly rows sums the quarters and a year that also has a 9-month row adds only the 4th quarter.
/// </summary>
public static class PeriodRows
{
    public static IEnumerable<T> Covering<T>(IEnumerable<T> rowsOfOneSeries, ReportingPeriod period, Func<T, DateOnly> start, Func<T, DateOnly> end)
    {
        var inside = rowsOfOneSeries.Where(r => start(r) >= period.Start && end(r) <= period.End).ToList();
        var exact = inside.FirstOrDefault(r => start(r) == period.Start && end(r) == period.End);
        if (exact is not null)
        {
            return [exact];
        }
        var chosen = new List<T>();
        foreach (var row in inside.OrderByDescending(r => end(r).DayNumber - start(r).DayNumber).ThenBy(r => start(r)))
        {
            if (chosen.All(c => end(c) < start(row) || start(c) > end(row)))
            {
                chosen.Add(row);
            }
        }
        return chosen;
    }
}
