using Aspire.Hosting.ApplicationModel;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// The Redis-protocol cache as an Aspire resource with no container engine: the GiaLaiIct.Cache
/// executable (embedded Garnet) on a loopback port chosen once, so restarts keep the address.
/// </summary>
public sealed class GarnetResource(string name, string workingDirectory, int port)
    : ExecutableResource(name, "dotnet", workingDirectory), IResourceWithConnectionString
{
    public int Port => port;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Address}");

    private string Address => $"127.0.0.1:{port}";
}
