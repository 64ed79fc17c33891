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

    /// <summary>At the peak: anonymous memory (heaps, stacks, buffers), file-backed (code of the runtime and assemblies), shared (JIT code mapped twice for W^X).</summary>
    public string PeakComposition { get; private set; } = "n/a";

    public long? CurrentBytes() => Read("VmRSS:");

    private long? Read(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
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
                PeakComposition = string.Create(CultureInfo.InvariantCulture,
                    $"anon {Read("RssAnon:") / 1048576.0:0} MB, file {Read("RssFile:") / 1048576.0:0} MB, shared {Read("RssShmem:") / 1048576.0:0} MB");
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
