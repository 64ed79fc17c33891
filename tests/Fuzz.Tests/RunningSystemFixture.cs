using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// One platform started as users start it (the real app host, real processes, a temp data directory), shared by
/// every fuzz test through the gateway. Rate limits are lifted so that the budget goes to inputs, not to 429s.
/// </summary>
public sealed class RunningSystemFixture : IAsyncLifetime
{
    public static readonly string[] Resources = ["reporting", "it", "telecom", "press", "inspection"];

    private RunningSystem? _system;

    public RunningSystem System => _system ?? throw new InvalidOperationException("The system has not started.");

    public async Task InitializeAsync() =>
        _system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(3), new Dictionary<string, string>
        {
            ["RateLimiting__Burst"] = "1000000",
            ["RateLimiting__TokensPerSecond"] = "1000000",
        });

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}
