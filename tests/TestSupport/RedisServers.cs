namespace GiaLaiIct.TestSupport;

/// <summary>
/// The Redis-protocol servers a cache test runs against: embedded Garnet always, and the redis-server
/// CI starts beside it when <c>GIALAI_TEST_REDIS</c> names one.
/// </summary>
public static class RedisServers
{
    public const string EmbeddedGarnet = "embedded-garnet";

    /// <summary>Theory data: one row per server, its name (<see cref="EmbeddedGarnet"/>) or its connection string.</summary>
    public static IEnumerable<object[]> All()
    {
        yield return [EmbeddedGarnet];
        if (Environment.GetEnvironmentVariable("GIALAI_TEST_REDIS") is { Length: > 0 } external)
        {
            yield return [external];
        }
    }
}
