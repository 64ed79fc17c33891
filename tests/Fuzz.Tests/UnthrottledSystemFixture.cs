using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// The shared platform of the fuzz tests through the gateway, with rate limits lifted so that the budget goes to
/// inputs, not to 429s.
/// </summary>
public sealed class UnthrottledSystemFixture : RunningSystemFixture
{
    public static readonly string[] Resources = ["reporting", "it", "telecom", "press", "inspection"];

    protected override IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["RateLimiting__Burst"] = "1000000",
        ["RateLimiting__TokensPerSecond"] = "1000000",
    };
}
