using Microsoft.Extensions.Configuration;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// Where the Aspire dashboard and its telemetry intake listen. The dashboard's URL comes from
/// <c>--dashboard-port</c>; its OTLP and resource-service endpoints take free loopback ports unless
/// configured, so several hosts (tests, benchmarks) can run side by side.
/// </summary>
public static class DashboardSettings
{
    private static readonly string[] OtlpKeys =
        ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", "DOTNET_DASHBOARD_OTLP_ENDPOINT_URL", "ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL", "DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"];
    private static readonly string[] ResourceServiceKeys =
        ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL", "DOTNET_RESOURCE_SERVICE_ENDPOINT_URL"];

    public static Uri DashboardUrl(AppHostOptions options) => new($"http://localhost:{options.DashboardPort}");

    /// <summary>The host's arguments with the dashboard's settings appended (command line wins over the launch profile).</summary>
    public static string[] Arguments(string[] args, AppHostOptions options)
    {
        var extra = new List<string> { $"--ASPNETCORE_URLS={DashboardUrl(options).ToString().TrimEnd('/')}" };
        if (!OtlpKeys.Any(key => options.Configuration[key] is { Length: > 0 }))
        {
            extra.Add($"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePorts.Next()}");
        }
        if (!ResourceServiceKeys.Any(key => options.Configuration[key] is { Length: > 0 }))
        {
            extra.Add($"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePorts.Next()}");
        }
        return [.. args, .. extra];
    }

    /// <summary>The settings the host reads before Aspire's builder exists: environment and command line.</summary>
    public static IConfiguration Preliminary(string[] args) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
}
