using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// A real redis-server process on a free loopback port, keeping its snapshot (dump.rdb) in a temp directory of its
/// own, which a test may kill -9 and start again: it then comes back with whatever its last snapshot held, as Redis
/// does after a crash. Needs redis-server on the PATH (Debian: apt-get install redis-server).
/// </summary>
public sealed class RedisServerProcess : IDisposable
{
    private readonly TempDirectory _directory = new();
    private Process? _process;

    private RedisServerProcess() => Port = EmbeddedRedis.FreePort();

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync()
    {
        var server = new RedisServerProcess();
        await server.RestartAsync();
        return server;
    }

    /// <summary>Kills the server at once (SIGKILL): nothing is saved on the way down.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts the server (again) on the same port and directory: it loads the last snapshot taken there.</summary>
    public async Task RestartAsync()
    {
        Kill();
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No automatic snapshots and no append-only file: the only snapshot is the one the test asks for.
        foreach (var argument in new[]
        {
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory.Path,
            "--dbfilename", "dump.rdb", "--save", string.Empty, "--appendonly", "no", "--protected-mode", "no",
        })
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (!_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on port {Port}");
    }

    public void Dispose()
    {
        Kill();
        _directory.Dispose();
    }
}
