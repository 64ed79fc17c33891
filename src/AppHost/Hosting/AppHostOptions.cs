using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>The host's own settings (API.md): command line <c>--name value</c> or any configuration source.</summary>
public sealed record AppHostOptions(
    int GatewayPort,
    int GatewayGrpcPort,
    int DashboardPort,
    string DataDirectory,
    IConfiguration Configuration)
{
    public const int DefaultGatewayPort = 5080;
    public const int DefaultGatewayGrpcPort = 5081;
    public const int DefaultDashboardPort = 18888;

    public static AppHostOptions Read(IConfiguration configuration) => new(
        ReadPort(configuration, "gateway-port", DefaultGatewayPort),
        ReadPort(configuration, "gateway-grpc-port", DefaultGatewayGrpcPort),
        ReadPort(configuration, "dashboard-port", DefaultDashboardPort),
        Path.GetFullPath(configuration["data-dir"] is { Length: > 0 } dataDir ? dataDir : ".data"),
        configuration);

    /// <summary>A connection string the operator configured for the host (e.g. SQL Server, external Redis), if any.</summary>
    public string? ConfiguredConnectionString(string name) =>
        Configuration.GetConnectionString(name) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// The share of traces every process records, when the operator gave one (<c>Telemetry:TraceSampleRatio</c>,
    /// 0 to 1); otherwise each keeps its own, and the host has the gateway record them all.
    /// </summary>
    public string? TraceSampleRatio { get; } = ReadRatio(Configuration, "Telemetry:TraceSampleRatio");

    private static string? ReadRatio(IConfiguration configuration, string key) => configuration[key] is { Length: > 0 } configured
        ? double.TryParse(configured, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) && ratio is >= 0 and <= 1
            ? configured
            : throw new InvalidOperationException($"{key} must be a number from 0 to 1 (got '{configured}').")
        : null;

    private static int ReadPort(IConfiguration configuration, string key, int fallback)
    {
        var configured = configuration[key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return fallback;
        }
        return int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"--{key} must be a port number from 1 to 65535 (got '{configured}').");
    }
}
