using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace GiaLaiIct.Bench;

/// <summary>
/// nginx or HAProxy as a plain HTTP/2 (gRPC) proxy on a loopback port in front of one service address:
/// what a department would put in front instead of the gateway; or YARP alone, what the gateway is built on.
/// No authentication, no limits. A configuration is written to a temp directory; the proxy runs in the
/// foreground and is stopped on dispose.
/// </summary>
internal sealed class PlainProxy : IAsyncDisposable
{
    private readonly Process _process;

    private PlainProxy(string name, Uri url, Process process)
    {
        Name = name;
        Url = url;
        _process = process;
    }

    public string Name { get; }
    public Uri Url { get; }

    public static Task<PlainProxy> StartNginxAsync(Uri service, string directory)
    {
        var port = TestSupport.EmbeddedRedis.FreePort();
        var root = Path.Combine(directory, "nginx");
        Directory.CreateDirectory(root);
        var config = Path.Combine(root, "nginx.conf");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            worker_processes auto;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{root}}/body;
              proxy_temp_path {{root}}/proxy;
              fastcgi_temp_path {{root}}/fastcgi;
              uwsgi_temp_path {{root}}/uwsgi;
              scgi_temp_path {{root}}/scgi;
              upstream service {
                server {{service.Host}}:{{service.Port}};
                keepalive 32;
              }
              server {
                listen 127.0.0.1:{{port}} http2;
                location / { grpc_pass grpc://service; }
              }
            }
            """));
        return StartAsync("nginx", port, "nginx", ["-p", root, "-c", config, "-e", Path.Combine(root, "error.log")]);
    }

    public static Task<PlainProxy> StartHaproxyAsync(Uri service, string directory)
    {
        var port = TestSupport.EmbeddedRedis.FreePort();
        var config = Path.Combine(directory, "haproxy.cfg");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $"""
            global
              nbthread {Environment.ProcessorCount}
              maxconn 4096
            defaults
              mode http
              timeout connect 5s
              timeout client 60s
              timeout server 60s
            frontend grpc
              bind 127.0.0.1:{port} proto h2
              default_backend service
            backend service
              server service {service.Host}:{service.Port} proto h2

            """));
        return StartAsync("HAProxy", port, "haproxy", ["-db", "-f", config]);
    }

    public static Task<PlainProxy> StartYarpAsync(Uri service)
    {
        var port = TestSupport.EmbeddedRedis.FreePort();
        var assembly = Path.Combine(AppContext.BaseDirectory, "GiaLaiIct.Bench.PlainYarp.dll");
        return StartAsync("YARP alone", port, "dotnet", ["exec", assembly, service.ToString(), port.ToString(CultureInfo.InvariantCulture)]);
    }

    private static async Task<PlainProxy> StartAsync(string name, int port, string executable, string[] arguments)
    {
        var process = ChildProcess.Start(name, executable, arguments);
        var proxy = new PlainProxy(name, new Uri($"http://127.0.0.1:{port}"), process);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited at start ({process.ExitCode}).");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return proxy;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: both stop at once and take their workers with them; a kill only if that hangs.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
