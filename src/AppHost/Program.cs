using Aspire.Hosting;
using GiaLaiIct.AppHost;
using GiaLaiIct.AppHost.Hosting;

// The GiaLaiIct app host on Aspire: declares every resource of the platform (PlatformModel) and runs them,
// with the operator dashboard on --dashboard-port.
// dotnet run --project src/AppHost [--gateway-port 5080] [--gateway-grpc-port 5081] [--dashboard-port 18888] [--data-dir .data]
var options = AppHostOptions.Read(DashboardSettings.Preliminary(args));
if (GatewayPorts.Taken(options) is { Count: > 0 } taken)
{
    foreach (var message in taken)
    {
        await Console.Error.WriteLineAsync(message);
    }
    return 1;
}

var builder = DistributedApplication.CreateBuilder(DashboardSettings.Arguments(args, options));
PlatformModel.Declare(builder, options);
builder.AddSupervision(options);

await builder.Build().RunAsync();
return 0;
