extern alias reporting;

using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Gateway.Tests;

/// <summary>
/// Shared by a test class: one in-process Reporting service (it only answers unit look-ups) and one
/// cache for rate limits.
/// </summary>
public sealed class ReportingFixture : IDisposable
{
    public ServiceTestHost<reporting::Program> Host { get; } = new("reportingdb");


    /// <summary>The cache the gateway keeps rate limits in.</summary>
    public EmbeddedRedis Cache { get; } = new();

    public void Dispose()
    {
        Host.Dispose();
        Cache.Dispose();
    }
}
