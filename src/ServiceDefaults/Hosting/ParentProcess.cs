using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GiaLaiIct.ServiceDefaults.Hosting;

/// <summary>
/// The process that started this one. On one machine the app host's orchestrator starts every process of the
/// platform; should the orchestrator itself be killed, a process whose parent is gone stops rather than
/// holding its port with nobody to stop it. The app host asks for this with <c>Hosting:StopWithParent</c>;
/// in a cluster nothing asks (a container's first process has no parent to lose).
/// </summary>
public static class ParentProcess
{
    public const string StopWithParentKey = "Hosting:StopWithParent";

    /// <summary>The same setting as an environment variable, for a process that reads no configuration.</summary>
    public const string StopWithParentVariable = "Hosting__StopWithParent";

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Completes once this process has been handed to another parent than <paramref name="parent"/> (read with
    /// <see cref="CurrentId"/> as early as the process can, so a parent gone during start-up is noticed too).
    /// Where the operating system does not say who the parent is (no <c>/proc</c>), it completes only when cancelled.
    /// </summary>
    public static async Task WaitUntilGoneAsync(int? parent, CancellationToken cancellationToken)
    {
        if (parent is null)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return;
        }
        using var timer = new PeriodicTimer(PollInterval);
        while (CurrentId() == parent && await timer.WaitForNextTickAsync(cancellationToken))
        {
        }
    }

    /// <summary>The parent's id from <c>/proc/self/stat</c> (the field after the state, past the command in parentheses).</summary>
    public static int? CurrentId()
    {
        string stat;
        try
        {
            stat = File.ReadAllText("/proc/self/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}

/// <summary>Stops the host when the process that started it is gone (see <see cref="ParentProcess"/>).</summary>
public sealed partial class ParentProcessWatch(int? parent, IHostApplicationLifetime lifetime, ILogger<ParentProcessWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ParentProcess.WaitUntilGoneAsync(parent, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        LogParentGone(logger);
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The process that started this one is gone; stopping.")]
    private static partial void LogParentGone(ILogger logger);
}
