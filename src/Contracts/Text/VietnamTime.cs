namespace GiaLaiIct.Contracts.Text;

/// <summary>The department's calendar: Vietnam keeps UTC+7 all year (no daylight saving), whatever the server's zone.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
