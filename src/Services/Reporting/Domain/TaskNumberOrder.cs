namespace GiaLaiIct.Reporting.Domain;

/// <summary>The order a plan prints its task numbers in: part by part as numbers, so 2 &lt; 2.1 &lt; 2.10 &lt; 10.</summary>
public sealed class TaskNumberOrder : IComparer<string>
{
    public static TaskNumberOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? string.Empty).Split('.');
        var right = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var compared = int.TryParse(left[i], out var l) && int.TryParse(right[i], out var r)
                ? l.CompareTo(r)
                : string.CompareOrdinal(left[i], right[i]);
            if (compared != 0)
            {
                return compared;
            }
        }
        return left.Length.CompareTo(right.Length);
    }
}
