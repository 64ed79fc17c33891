using Microsoft.AspNetCore.Server.Kestrel.Core;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

// YARP with nothing of the gateway's: every path forwarded over HTTP/2 to one address, no token check, no rate
// limit, no telemetry, no logging. The benchmark runs it beside the gateway to tell what YARP and Kestrel cost on
// this machine from what the gateway adds to them.
//   dotnet GiaLaiIct.Bench.PlainYarp.dll <service address> <loopback port>
var service = args[0];
var port = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "everything", ClusterId = "service", Match = new RouteMatch { Path = "{**path}" } }],
    [
        new ClusterConfig
        {
            ClusterId = "service",
            Destinations = new Dictionary<string, DestinationConfig> { ["service"] = new() { Address = service } },
            HttpRequest = new ForwarderRequestConfig { Version = new Version(2, 0), VersionPolicy = HttpVersionPolicy.RequestVersionExact },
            HttpClient = new HttpClientConfig { EnableMultipleHttp2Connections = true },
        },
    ]);

var app = builder.Build();
app.MapReverseProxy();
await app.RunAsync();
