extern alias reporting;

using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Gateway.Tests;

/// <summary>
/// Shared by a test class: one in-process Reporting service (it only answers unit look-ups) and one
/// signing key, since generating an RSA key takes from milliseconds to seconds.
/// </summary>
public sealed class ReportingFixture : IDisposable
{
    public ServiceTestHost<reporting::Program> Host { get; } = new("reportingdb");

    public string SigningKeyPem { get; } = CreateKeyPem();

    /// <summary>The cache the gateway keeps rate limits in.</summary>
    public EmbeddedRedis Cache { get; } = new();

    private static string CreateKeyPem()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportRSAPrivateKeyPem();
    }

    public void Dispose()
    {
        Host.Dispose();
        Cache.Dispose();
    }
}
