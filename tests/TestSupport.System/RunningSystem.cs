using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Grpc.Net.Client;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// The whole platform as users run it: the real AppHost process (built with this project), with a
/// temp data directory and free gateway ports, its children real processes on real ports.
/// </summary>
public sealed partial class RunningSystem : IAsyncDisposable
{
    private const string HealthyLine = "All resources are healthy.";
    private readonly Process _host;
    private readonly TempDirectory _dataDirectory;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, int> _pids = new(StringComparer.Ordinal);
    private readonly StringBuilder _transcript = new();
    private readonly TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningSystem(Process host, TempDirectory dataDirectory, int gatewayPort, int gatewayGrpcPort, int dashboardPort)
    {
        _host = host;
        _dataDirectory = dataDirectory;
        GatewayUrl = new Uri($"http://localhost:{gatewayPort}");
        GatewayGrpcUrl = new Uri($"http://localhost:{gatewayGrpcPort}");
        DashboardUrl = new Uri($"http://localhost:{dashboardPort}");
    }

    public Uri GatewayUrl { get; }
    public Uri GatewayGrpcUrl { get; }

    /// <summary>The Aspire dashboard of this host (plain http on loopback).</summary>
    public Uri DashboardUrl { get; }

    /// <summary>The dashboard's login URL with this run's browser token, as the host printed it.</summary>
    public Uri? DashboardLoginUrl { get; private set; }
    public string DataDirectory => _dataDirectory.Path;

    /// <summary>The SQLite file of a resource's database (the host's default, one file per service under --data-dir).</summary>
    public string DatabaseFile(string resource) => System.IO.Path.Combine(_dataDirectory.File("data"), resource + ".db");
    public int HostProcessId => _host.Id;
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>Latest process id the host announced for a resource.</summary>
    public int ProcessIdOf(string resource) =>
        _pids.TryGetValue(resource, out var pid) ? pid : throw new InvalidOperationException($"{resource} has not started.");

    public IReadOnlyDictionary<string, int> ProcessIds => _pids;

    /// <summary>A Development client's access token from the gateway (secret = client id + <c>-secret</c>).</summary>
    public async Task<string> RequestTokenAsync(string clientId)
    {
        using var http = new HttpClient { BaseAddress = GatewayUrl };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientId + "-secret",
        }));
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>An HTTP client of the gateway's REST port calling as the Development client.</summary>
    public async Task<HttpClient> CreateHttpClientAsync(string clientId) =>
        new(new BearerTokenHandler(await RequestTokenAsync(clientId), new SocketsHttpHandler())) { BaseAddress = GatewayUrl };

    /// <summary>A gRPC channel to the gateway's gRPC port calling as the Development client.</summary>
    public async Task<GrpcChannel> CreateGrpcChannelAsync(string clientId) =>
        GrpcChannel.ForAddress(GatewayGrpcUrl, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(await RequestTokenAsync(clientId), new SocketsHttpHandler { EnableMultipleHttp2Connections = true }),
        });

    public static Task<RunningSystem> StartAsync(TimeSpan timeout, params string[] extraArguments) =>
        StartAsync(timeout, new Dictionary<string, string>(), extraArguments);

    /// <summary>Starts the host with extra environment variables, which every child process inherits.</summary>
    public static async Task<RunningSystem> StartAsync(TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] extraArguments)
    {
        var dataDirectory = new TempDirectory();
        var gatewayPort = EmbeddedRedis.FreePort();
        var gatewayGrpcPort = EmbeddedRedis.FreePort();
        var dashboardPort = EmbeddedRedis.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory.Path,
        };
        foreach (var argument in new[]
        {
            "exec", HostAssemblyPath(),
            "--data-dir", dataDirectory.File("data"),
            "--gateway-port", gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-grpc-port", gatewayGrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dashboard-port", dashboardPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        // What the app host's launch profile gives `dotnet run`: a plain-http dashboard on loopback.
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var host = Process.Start(start) ?? throw new InvalidOperationException("Could not start the AppHost.");
        var system = new RunningSystem(host, dataDirectory, gatewayPort, gatewayGrpcPort, dashboardPort);
        host.OutputDataReceived += (_, line) => system.Record(line.Data);
        host.ErrorDataReceived += (_, line) => system.Record(line.Data);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();

        try
        {
            await system._healthy.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var transcript = system.Transcript();
            await system.DisposeAsync();
            throw new TimeoutException($"The system did not report healthy within {timeout}. Output:\n{transcript}");
        }
        return system;
    }

    /// <summary>Waits for the host to announce a line matching the pattern (already printed lines count).</summary>
    public async Task<string> WaitForOutputAsync(Regex pattern, TimeSpan timeout, int skip = 0)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var match = _output.Skip(skip).FirstOrDefault(pattern.IsMatch);
            if (match is not null)
            {
                return match;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No output line matched {pattern} within {timeout}. Output:\n{Transcript()}");
    }

    public string Transcript()
    {
        lock (_transcript)
        {
            return _transcript.ToString();
        }
    }

    /// <summary>Stops the host as Ctrl-C would (SIGINT) and waits for it; kills it only if it hangs.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_host.HasExited)
        {
            using (var interrupt = Process.Start("kill", ["-INT", _host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await _host.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                _host.Kill(entireProcessTree: true);
                await _host.WaitForExitAsync();
                throw new TimeoutException($"The host did not stop within {timeout} of SIGINT. Output:\n{Transcript()}");
            }
        }
        return _host.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // Already killed; the test that cares about a clean stop calls StopAsync itself.
        }
        foreach (var pid in _pids.Values)
        {
            TryKill(pid);
        }
        _host.Dispose();
        _dataDirectory.Dispose();
    }

    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryKill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // Gone already, as it should be.
        }
        catch (InvalidOperationException)
        {
            // Exited between the lookup and the kill.
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        lock (_transcript)
        {
            _transcript.AppendLine(line);
        }
        var started = StartedLine().Match(line);
        if (started.Success)
        {
            _pids[started.Groups["resource"].Value] = int.Parse(started.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        var dashboard = DashboardLine().Match(line);
        if (dashboard.Success)
        {
            DashboardLoginUrl = new Uri(dashboard.Groups["url"].Value);
        }
        if (line.Contains(HealthyLine, StringComparison.Ordinal))
        {
            _healthy.TrySetResult();
        }
    }

    private static string HostAssemblyPath()
    {
        var path = typeof(RunningSystem).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "resource-assembly:GiaLaiIct.AppHost")?.Value;
        return path is not null && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The AppHost assembly was not built where recorded ({path}).");
    }

    [GeneratedRegex(@"\[host\s*\] (?<resource>[\w-]+) started \(pid (?<pid>\d+)\)")]
    public static partial Regex StartedLine();

    [GeneratedRegex(@"\[host\s*\] Dashboard:\s+(?<url>\S+)")]
    private static partial Regex DashboardLine();
}
