using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GiaLaiIct.Bench;

/// <summary>
/// One h2load target: the same request sent by the outside load generator (nghttp2's h2load, one
/// thread) to an address, h2c with prior knowledge or HTTP/1.1. Latencies come from its per-request log.
/// </summary>
internal sealed partial class H2Load(string name, Uri url, IReadOnlyList<string> headers, string? bodyFile, bool http1)
{
    public string Name => name;

    /// <summary>Drives the target for <paramref name="duration"/> from <paramref name="clients"/> connections, each
    /// with one request in flight, at most <paramref name="ratePerClient"/> requests per second each when given.</summary>
    public async Task RunRoundAsync(Measurement measurement, int clients, TimeSpan duration, int? ratePerClient, string workDirectory)
    {
        var log = Path.Combine(workDirectory, $"h2load-{Guid.NewGuid():N}.tsv");
        var start = new ProcessStartInfo("h2load")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(clients, duration, ratePerClient, log))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start h2load.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // h2load stops itself after the duration; anything far beyond it is a hang, not a measurement.
        using var bound = new CancellationTokenSource(duration + TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"h2load against {url} did not finish.");
        }
        var text = await output + await errors;
        if (process.ExitCode != 0 || !File.Exists(log))
        {
            throw new InvalidOperationException($"h2load against {url} failed ({process.ExitCode}):\n{text}");
        }
        var latencies = new List<double>();
        long failed = 0;
        foreach (var line in await File.ReadAllLinesAsync(log))
        {
            var columns = line.Split('\t');
            if (columns.Length < 3)
            {
                continue;
            }
            if (columns[1] == "200")
            {
                latencies.Add(double.Parse(columns[2], CultureInfo.InvariantCulture) / 1000.0);
            }
            else
            {
                failed++;
            }
        }
        File.Delete(log);
        // Requests that errored or timed out never reach the log; h2load's own summary counts them.
        var summary = SummaryLine().Match(text);
        if (summary.Success)
        {
            failed += long.Parse(summary.Groups["errored"].Value, CultureInfo.InvariantCulture)
                + long.Parse(summary.Groups["timeout"].Value, CultureInfo.InvariantCulture);
        }
        measurement.AddRound(latencies, duration.TotalSeconds, failed);
    }

    private IEnumerable<string> Arguments(int clients, TimeSpan duration, int? ratePerClient, string log)
    {
        yield return "-t";
        yield return "1";
        yield return "-c";
        yield return clients.ToString(CultureInfo.InvariantCulture);
        yield return "-m";
        yield return "1";
        yield return "-D";
        yield return ((int)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        yield return "--log-file=" + log;
        if (ratePerClient is { } rate)
        {
            yield return "--rps=" + rate.ToString(CultureInfo.InvariantCulture);
        }
        if (http1)
        {
            yield return "--h1";
        }
        if (bodyFile is not null)
        {
            yield return "-d";
            yield return bodyFile;
        }
        foreach (var header in headers)
        {
            yield return "-H";
            yield return header;
        }
        yield return url.ToString();
    }

    public static bool IsInstalled()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("h2load", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            probe?.WaitForExit(5000);
            return probe is { ExitCode: 0 };
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [GeneratedRegex(@"requests: \d+ total, \d+ started, \d+ done, \d+ succeeded, \d+ failed, (?<errored>\d+) errored, (?<timeout>\d+) timeout")]
    private static partial Regex SummaryLine();
}
