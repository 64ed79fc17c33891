using Xunit;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// One platform started as users start it, shared as an xUnit collection fixture by the tests of a collection:
/// each start of the app host costs tens of seconds and every service's memory, so tests that only read, or write
/// rows no other test looks at, use this one. A test that kills or restarts a process, stops the host, or needs
/// its own environment starts its own <see cref="RunningSystem"/>.
/// </summary>
/// <remarks>
/// xUnit takes collection definitions only from the test assembly itself, so each assembly declares one:
/// <c>[CollectionDefinition(RunningSystemFixture.Collection)] class … : ICollectionFixture&lt;RunningSystemFixture&gt;</c>.
/// </remarks>
public class RunningSystemFixture : IAsyncLifetime
{
    /// <summary>The name under which an assembly declares its shared system's collection.</summary>
    public const string Collection = "running system";

    private RunningSystem? _system;
    private Dictionary<string, int> _startedProcesses = [];

    public RunningSystem System => _system ?? throw new InvalidOperationException("The system has not started.");

    /// <summary>Environment variables of the host and so of every service; none beyond the defaults here.</summary>
    protected virtual IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        _system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(3), Environment);
        _startedProcesses = _system.ProcessIds.ToDictionary();
    }

    public async Task DisposeAsync()
    {
        if (_system is null)
        {
            return;
        }
        // A process that died and came back under a shared system means some test broke the others' premise.
        var restarted = _system.ProcessIds.Where(pair => _startedProcesses.GetValueOrDefault(pair.Key) != pair.Value).Select(pair => pair.Key).ToList();
        await _system.DisposeAsync();
        if (restarted.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", restarted)} restarted while the system was shared; a test that stops processes needs its own RunningSystem.");
        }
    }
}
