using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GiaLaiIct.AppHost.Hosting;
using GiaLaiIct.TestSupport;
using Microsoft.Extensions.Configuration;

namespace GiaLaiIct.AppHost.Tests;

public sealed class HostOptionsTests
{
    [Theory]
    [InlineData("gateway-port", "0")]
    [InlineData("gateway-grpc-port", "70000")]
    [InlineData("dashboard-port", "http")]
    public void A_bad_port_option_stops_the_host_with_its_name(string option, string port)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [option] = port }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => AppHostOptions.Read(configuration));

        Assert.Contains("--" + option, error.Message);
    }

    [Fact]
    public void Defaults_are_those_of_the_readme()
    {
        var options = AppHostOptions.Read(new ConfigurationBuilder().Build());

        Assert.Equal((5080, 5081, 18888), (options.GatewayPort, options.GatewayGrpcPort, options.DashboardPort));
        Assert.Equal(Path.GetFullPath(".data"), options.DataDirectory);
    }

    [Fact]
    public async Task A_taken_gateway_port_stops_the_host_at_once_naming_the_port_and_the_option()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;
        using var data = new TempDirectory();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "exec", typeof(AppHostOptions).Assembly.Location, "--data-dir", data.File("data"),
            "--gateway-port", taken.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-grpc-port", EmbeddedRedis.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dashboard-port", EmbeddedRedis.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";

        using var host = Process.Start(start)!;
        var error = host.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, host.ExitCode);
        Assert.Contains($"Port {taken} (--gateway-port) is already in use", await error);
    }
}
