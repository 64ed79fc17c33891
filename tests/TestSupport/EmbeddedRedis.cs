using System.Net;
using System.Net.Sockets;
using Garnet;

namespace GiaLaiIct.TestSupport;

/// <summary>A real Redis-protocol server (Garnet) on a free loopback port, for one test.</summary>
public sealed class EmbeddedRedis : IDisposable
{
    private readonly GarnetServer _server;

    public EmbeddedRedis()
    {
        Port = FreePort();
        _server = new GarnetServer(["--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--memory", "64m", "--index", "8m", "--lua", "true"]);
        _server.Start();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    private bool _disposed;

    /// <summary>Stops the server; a test may stop it early to simulate an outage, so a second call does nothing.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _server.Dispose();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
