namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// How long the host waits before restarting a crashed process: at once after the first crash, then
/// 1, 2, 4 … 30 s while it keeps crashing; a process that ran for a minute starts the count again.
/// </summary>
public static class RestartBackoff
{
    public static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    public static TimeSpan Delay(int consecutiveCrashes) => consecutiveCrashes <= 1
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(Max.TotalSeconds, Math.Pow(2, Math.Min(consecutiveCrashes - 2, 10))));

    public static int NextCount(int consecutiveCrashes, TimeSpan ranFor) => ranFor >= StableAfter ? 1 : consecutiveCrashes + 1;
}
