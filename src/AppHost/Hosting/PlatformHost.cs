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
        // DCP starts a watcher process beside every process it runs (eight of them, ~23 MiB each) to stop that
        // process should DCP itself be killed. The platform's processes stop by themselves when their parent is
        // gone (PlatformResources.StopWithParent), so the watchers are left out; DCP inherits this environment.
        Environment.SetEnvironmentVariable("DCP_DISABLE_MONITOR_PROCESS", "1");
        return builder;
    }
}
