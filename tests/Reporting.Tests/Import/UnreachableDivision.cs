using System.Net;
using System.Net.Sockets;

namespace GiaLaiIct.Reporting.Tests.Import;

/// <summary>
/// A division that is down: every connection to it is refused by the operating system (a local port nobody listens
/// on), which the gRPC client reports as Unavailable after its retries, as for a service that is not running.
/// </summary>
internal static class UnreachableDivision
{
    public static HttpMessageHandler CreateHandler()
    {
        var port = ClosedPort();
        return new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
