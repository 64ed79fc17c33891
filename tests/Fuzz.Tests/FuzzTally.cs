using System.Collections.Concurrent;
using System.Text;
using Xunit.Abstractions;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// What a fuzz run tried and found, per category: inputs, how many were accepted and rejected, answers that
/// were a server error (5xx, gRPC Unknown/Internal/DataLoss), rejected inputs that wrote, and leaks (stack
/// traces or exception names in an answer, error logs for a client's mistake). Printed to the test output,
/// the console, and the file <c>GIALAI_FUZZ_FIGURES</c> names (CI prints it).
/// </summary>
public sealed class FuzzTally(string run)
{
    private readonly ConcurrentDictionary<string, Counts> _categories = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _findings = new();

    public IReadOnlyCollection<string> Findings => _findings;

    public void Tried(string category, bool accepted)
    {
        var counts = _categories.GetOrAdd(category, _ => new Counts());
        Interlocked.Increment(ref counts.Tried);
        if (accepted)
        {
            Interlocked.Increment(ref counts.Accepted);
        }
    }

    public void ServerError(string category, string what) => Find(category, ref _categories.GetOrAdd(category, _ => new Counts()).ServerErrors, "server error: " + what);

    public void RejectedButWrote(string category, string what) => Find(category, ref _categories.GetOrAdd(category, _ => new Counts()).RejectedWrites, "rejected but wrote: " + what);

    public void Leak(string category, string what) => Find(category, ref _categories.GetOrAdd(category, _ => new Counts()).Leaks, "leak: " + what);

    private void Find(string category, ref int counter, string finding)
    {
        Interlocked.Increment(ref counter);
        if (_findings.Count < 20)
        {
            _findings.Enqueue($"[{category}] {(finding.Length > 400 ? finding[..400] + "…" : finding)}");
        }
    }

    public string Report()
    {
        var report = new StringBuilder();
        report.AppendLine($"fuzz {run}: seed {FuzzBudget.FromEnvironment().Seed}");
        foreach (var (category, counts) in _categories.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            report.AppendLine($"  {category,-28} {counts.Tried,6} inputs ({counts.Accepted} accepted, {counts.Tried - counts.Accepted} rejected): " +
                $"{counts.ServerErrors} x 5xx, {counts.RejectedWrites} rejected that wrote, {counts.Leaks} leaks");
        }
        report.AppendLine($"  {"total",-28} {_categories.Values.Sum(c => c.Tried),6} inputs: {_categories.Values.Sum(c => c.ServerErrors)} x 5xx, " +
            $"{_categories.Values.Sum(c => c.RejectedWrites)} rejected that wrote, {_categories.Values.Sum(c => c.Leaks)} leaks");
        foreach (var finding in _findings)
        {
            report.AppendLine("  " + finding);
        }
        return report.ToString();
    }

    public void Publish(ITestOutputHelper output)
    {
        var report = Report();
        output.WriteLine(report);
        Console.WriteLine(report);
        if (Environment.GetEnvironmentVariable("GIALAI_FUZZ_FIGURES") is { Length: > 0 } file)
        {
            File.AppendAllText(file, report);
        }
    }

    private sealed class Counts
    {
        public int Tried;
        public int Accepted;
        public int ServerErrors;
        public int RejectedWrites;
        public int Leaks;
    }
}
