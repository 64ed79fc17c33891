using GiaLaiIct.AppHost.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The GiaLaiIct app host: declares every resource of the platform and how they reference each other,
// then runs them. `dotnet run --project src/AppHost [--gateway-port 5080] [--gateway-grpc-port 5081] [--data-dir .data]`
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Development,
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var options = AppHostOptions.Read(builder.Configuration, builder.Environment.EnvironmentName);
Directory.CreateDirectory(options.DataDirectory);

using var cache = CacheResource.Start("cache", options.ConfiguredConnectionString("cache"));
var model = new AppModel(options, cache);

var reporting = model.AddProject("reporting", "GiaLaiIct.Reporting");
model.WithCache(reporting);
model.WithDatabase(reporting, "reportingdb");

// Division services check unit codes against Reporting, so they start once it is healthy.
var divisions = new[]
{
    (Name: "it", Assembly: "GiaLaiIct.InformationTechnology", Database: "itdb"),
    (Name: "telecom", Assembly: "GiaLaiIct.PostsTelecom", Database: "telecomdb"),
    (Name: "press", Assembly: "GiaLaiIct.PressPublishing", Database: "pressdb"),
    (Name: "inspection", Assembly: "GiaLaiIct.Inspection", Database: "inspectiondb"),
}.Select(division =>
{
    var project = model.AddProject(division.Name, division.Assembly).WithReference(reporting).WaitFor(reporting);
    model.WithCache(project);
    model.WithDatabase(project, division.Database);
    return project;
}).ToList();

var gateway = model.AddProjectWithNamedEndpoints(
    "gateway",
    "GiaLaiIct.Gateway",
    ("rest", "localhost", options.GatewayPort, EndpointProtocol.Http1AndHttp2),
    ("grpc", "localhost", options.GatewayGrpcPort, EndpointProtocol.Http2));
model.WithCache(gateway);
foreach (var service in divisions.Prepend(reporting))
{
    gateway.WithReference(service).WaitFor(service);
}

model.Announce($"Gateway (REST):  http://localhost:{options.GatewayPort}");
model.Announce($"Gateway (gRPC):  http://localhost:{options.GatewayGrpcPort}");
model.Announce($"Data directory:  {options.DataDirectory}");
model.Announce($"Cache:           {(cache.IsEmbedded ? "embedded Garnet at " : "external Redis at ")}{cache.ConnectionString}");

builder.Services.AddSingleton(model);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(new ConsoleOutput(nameWidth: model.Projects.Max(project => project.Name.Length)));
builder.Services.AddHostedService<Orchestrator>();
builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ProcessSupervisor.ShutdownGrace + TimeSpan.FromSeconds(5));

await builder.Build().RunAsync();
