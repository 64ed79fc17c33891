using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Gateway.Tests;

/// <summary>
/// Discovery entries for the downstream services at loopback ports where nothing listens: the gateway
/// starts without looking names up in DNS, and every forwarded call fails fast.
/// </summary>
internal static class UnreachableServices
{
    public static readonly string[] Resources = ["reporting", "it", "telecom", "press", "inspection"];

    public static IEnumerable<(string Key, string Value)> Settings(params string[] except) =>
        Resources.Except(except).Select(resource => ($"services:{resource}:http:0", $"http://127.0.0.1:{EmbeddedRedis.FreePort()}"));
}
