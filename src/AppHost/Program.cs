using GiaLaiIct.AppHost;
using GiaLaiIct.AppHost.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The GiaLaiIct app host: declares every resource of the platform (PlatformModel) and runs them.
// dotnet run --project src/AppHost [--gateway-port 5080] [--gateway-grpc-port 5081] [--data-dir .data]
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
PlatformModel.Declare(model);

builder.Services.AddSingleton(model);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(new ConsoleOutput(nameWidth: model.Projects.Max(project => project.Name.Length)));
builder.Services.AddHostedService<Orchestrator>();
builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ProcessSupervisor.ShutdownGrace + TimeSpan.FromSeconds(5));

await builder.Build().RunAsync();
