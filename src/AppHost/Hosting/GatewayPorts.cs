using System.Net;
using System.Net.Sockets;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// The gateway's public ports are fixed; Aspire would start the gateway on a taken one and only show it
/// unhealthy, so the host checks them first and refuses to start with a message naming the option.
/// </summary>
public static class GatewayPorts
{
    public static IReadOnlyList<string> Taken(AppHostOptions options) =>
        new[] { ("--gateway-port", options.GatewayPort), ("--gateway-grpc-port", options.GatewayGrpcPort), ("--dashboard-port", options.DashboardPort) }
            .Where(port => !IsFree(port.Item2))
            .Select(port => $"Port {port.Item2} ({port.Item1}) is already in use by another program; stop it or choose another port with {port.Item1}.")
            .ToList();

    private static bool IsFree(int port)
    {
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.Any })
        {
            try
            {
                using var listener = new TcpListener(address, port);
                listener.Start();
            }
            catch (SocketException)
            {
                return false;
            }
        }
        return true;
    }
}
