using Garnet;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// The Redis-protocol cache: an external server when <c>ConnectionStrings:cache</c> is configured,
/// otherwise a Garnet server embedded in the host on a free loopback port.
/// </summary>
public sealed class CacheResource : IDisposable
{
    private GarnetServer? _embedded;

    private CacheResource(string name, string connectionString, GarnetServer? embedded)
    {
        Name = name;
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string Name { get; }
    public string ConnectionString { get; }
    public bool IsEmbedded => _embedded is not null;

    public static CacheResource Start(string name, string? externalConnectionString)
    {
        if (!string.IsNullOrWhiteSpace(externalConnectionString))
        {
            return new CacheResource(name, externalConnectionString, null);
        }
        var port = FreePorts.Next();
        var server = new GarnetServer(
        [
            "--bind", "127.0.0.1",
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--memory", "256m",
            "--index", "16m",
            "--lua", "true",
        ]);
        server.Start();
        return new CacheResource(name, $"127.0.0.1:{port}", server);
    }

    public void Dispose()
    {
        _embedded?.Dispose();
        _embedded = null;
    }
}
