using System.Diagnostics;

namespace GiaLaiIct.Bench;

/// <summary>Latencies and throughput of one scenario, accumulated over the rounds of a run.</summary>
internal sealed class Measurement(string name)
{
    private readonly List<double> _latenciesMs = [];
    private double _seconds;
    private long _errors;

    public string Name => name;
    public double RequestsPerSecond => _latenciesMs.Count / _seconds;
    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);
    public long Errors => _errors;
    public int Count => _latenciesMs.Count;

    /// <summary>Runs the call from <paramref name="concurrency"/> workers for the given time.</summary>
    public async Task RunRoundAsync(Scenario scenario, int concurrency, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>();
            long errors = 0;
            while (!stop.IsCancellationRequested)
            {
                var begin = Stopwatch.GetTimestamp();
                try
                {
                    await scenario.Call(CancellationToken.None);
                    latencies.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                }
                catch (Exception) when (!stop.IsCancellationRequested)
                {
                    errors++;
                }
            }
            return (latencies, errors);
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        foreach (var (latencies, errors) in perWorker)
        {
            AddRound(latencies, 0, errors);
        }
        _seconds += seconds;
    }

    /// <summary>Adds a round measured elsewhere (by an outside load generator).</summary>
    public void AddRound(IEnumerable<double> latenciesMs, double seconds, long errors)
    {
        _latenciesMs.AddRange(latenciesMs);
        _seconds += seconds;
        _errors += errors;
    }

    private double Percentile(double fraction)
    {
        if (_latenciesMs.Count == 0)
        {
            return double.NaN;
        }
        var sorted = _latenciesMs.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(fraction * sorted.Count) - 1)];
    }
}
