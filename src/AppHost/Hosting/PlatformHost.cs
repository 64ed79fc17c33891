using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>What the host adds to Aspire's: the console with every process's output, and restarts of crashed processes.</summary>
public static class PlatformHost
{
    public static IDistributedApplicationBuilder AddSupervision(this IDistributedApplicationBuilder builder, AppHostOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ConsoleOutput(nameWidth: 10));
        builder.Services.AddHostedService<ResourceConsole>();
        builder.Services.AddHostedService<CrashRestarter>();
        return builder;
    }
}
