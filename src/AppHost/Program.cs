using Aspire.Hosting;
using GiaLaiIct.AppHost;
using GiaLaiIct.AppHost.Hosting;
using GiaLaiIct.AppHost.Kubernetes;

// The GiaLaiIct app host on Aspire: declares every resource of the platform (PlatformModel) and runs them,
// with the operator dashboard on --dashboard-port.
// dotnet run --project src/AppHost [--gateway-port 5080] [--gateway-grpc-port 5081] [--dashboard-port 18888] [--data-dir .data]
var preliminary = DashboardSettings.Preliminary(args);
var options = AppHostOptions.Read(preliminary);
if (preliminary["publish-kubernetes"] is { Length: > 0 } deployDirectory)
{
    // The same model, published as Kubernetes manifests instead of run (see deploy/).
    var model = DistributedApplication.CreateBuilder(["--operation", "publish"]);
    PlatformModel.Declare(model, options with { DataDirectory = "/data" });
    await KubernetesPublisher.WriteAsync(model, deployDirectory);
    Console.WriteLine($"Kubernetes manifests written to {Path.GetFullPath(deployDirectory)}");
    return 0;
}
if (GatewayPorts.Taken(options) is { Count: > 0 } taken)
{
    foreach (var message in taken)
    {
        await Console.Error.WriteLineAsync(message);
    }
    return 1;
}

Directory.CreateDirectory(options.DataDirectory);
var builder = DistributedApplication.CreateBuilder(DashboardSettings.Arguments(args, options));
PlatformModel.Declare(builder, options);
builder.AddSupervision(options);

await builder.Build().RunAsync();
return 0;
