using System.Globalization;

namespace GiaLaiIct.Bench;

/// <summary>Samples a process's resident set (VmRSS, Linux) in the background and keeps the peak.</summary>
internal sealed class ResidentMemory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public ResidentMemory(int pid)
    {
        _pid = pid;
        _sampling = SampleAsync();
    }

    public long PeakBytes { get; private set; }

    public long? CurrentBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            if (CurrentBytes() is { } bytes && bytes > PeakBytes)
            {
                PeakBytes = bytes;
            }
            try
            {
                await Task.Delay(200, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
