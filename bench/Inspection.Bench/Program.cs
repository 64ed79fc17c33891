using System.Diagnostics;
using System.Globalization;
using System.Text;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.TestSupport;

// The licence relay with real processes: the whole system from the app host, Posts & Telecom as the licence owner.
//  1. owner up: decisions recorded one after another (--paced per second); delay from the decision's answer to the
//     owner's application (the owner's applied_at), p50 and p99;
//  2. owner stopped (SIGSTOP) while --backlog decisions are recorded; then resumed: the time until the last one is
//     applied (catch-up), and the relay's throughput over it (effects delivered per second).
var options = Options.Parse(args);
var culture = CultureInfo.InvariantCulture;
Console.WriteLine($"Inspection relay bench: {options.Paced} paced decisions at {options.Rate}/s, backlog {options.Backlog}; {Environment.ProcessorCount} cores");

await using var system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(5), new Dictionary<string, string>
{
    ["RateLimiting__Burst"] = "100000",
    ["RateLimiting__TokensPerSecond"] = "100000",
    ["Logging__LogLevel__GiaLaiIct.Inspection.Relay"] = "Warning",
});
using var admin = await system.CreateHttpClientAsync("admin");
var total = options.Paced + options.Backlog;
var licences = new StringBuilder("number,type,holder,unit,issued_on,expires_on,status\n");
for (var i = 1; i <= total; i++)
{
    licences.Append(culture, $"BENCH-{i:00000},internet_agent,Đại lý Internet {i},23761,2017-03-01,,issued\n");
}
using (var imported = await admin.PostAsync("/api/v1/provinces/64/datasets", ProvinceDataset.Empty.With("licences.csv", licences.ToString()).ToZipContent()))
{
    imported.EnsureSuccessStatusCode();
}
using var channel = await system.CreateGrpcChannelAsync("inspector");
var sanctions = new SanctionDecisions.SanctionDecisionsClient(channel);
await new Inspections.InspectionsClient(channel).CreateInspectionAsync(new CreateInspectionRequest
{
    Province = "64", Id = "BENCH", Kind = "unscheduled", Field = "internet", Lead = "department", Unit = "622", StartedOn = "2018-09-03", Subjects = total,
});

CreateSanctionRequest Decision(int i) => new()
{
    Province = "64", Number = $"{i:00000}/QĐ-BENCH", InspectionId = "BENCH", Subject = $"Đại lý Internet {i}", Violation = "Hoạt động quá giờ",
    FineVnd = 1_000_000, DecidedOn = "2018-09-10", LicenceNumber = $"BENCH-{i:00000}", LicenceAction = i % 2 == 0 ? "revoke" : "suspend",
};

// 1. Owner up, paced.
var answeredAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
var pace = TimeSpan.FromSeconds(1.0 / options.Rate);
var clock = Stopwatch.StartNew();
for (var i = 1; i <= options.Paced; i++)
{
    var due = pace * (i - 1);
    if (clock.Elapsed < due)
    {
        await Task.Delay(due - clock.Elapsed);
    }
    var decision = await sanctions.CreateSanctionAsync(Decision(i));
    answeredAt[decision.Number] = DateTimeOffset.UtcNow;
}
var paced = await WaitAllAsync(sanctions, answeredAt.Keys, TimeSpan.FromMinutes(2));
var delays = paced.Select(d => (DateTimeOffset.Parse(d.LicenceEffect.AppliedAt, culture) - answeredAt[d.Number]).TotalMilliseconds).Order().ToList();
Console.WriteLine($"owner up: {delays.Count} decisions, delay decision → licence change p50 {Percentile(delays, 50):0.0} ms, p99 {Percentile(delays, 99):0.0} ms, max {delays[^1]:0.0} ms");

// 2. Backlog while the owner is stopped, then catch-up.
var ownerPid = system.ProcessIdOf("telecom");
Signal(ownerPid, "STOP");
var backlog = Enumerable.Range(options.Paced + 1, options.Backlog).ToList();
var recording = Stopwatch.StartNew();
await Parallel.ForEachAsync(backlog, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) => await sanctions.CreateSanctionAsync(Decision(i), cancellationToken: ct));
Console.WriteLine($"owner stopped: {options.Backlog} decisions recorded in {recording.Elapsed.TotalSeconds:0.0} s (each waits up to 2 s for the owner check)");
var resumedAt = DateTimeOffset.UtcNow;
Signal(ownerPid, "CONT");
var numbers = backlog.Select(i => Decision(i).Number).ToList();
var caughtUp = await WaitAllAsync(sanctions, numbers, TimeSpan.FromMinutes(10));
var applied = caughtUp.Select(d => DateTimeOffset.Parse(d.LicenceEffect.AppliedAt, culture)).Where(a => a >= resumedAt).Order().ToList();
var last = caughtUp.Max(d => DateTimeOffset.Parse(d.LicenceEffect.AppliedAt, culture));
var first = applied.Count > 0 ? applied[0] : last;
Console.WriteLine($"catch-up: {options.Backlog} pending effects applied {(last - resumedAt).TotalSeconds:0.0} s after the owner resumed " +
    $"(first after {(first - resumedAt).TotalSeconds:0.0} s: the relay's back-off); throughput while draining {options.Backlog / Math.Max(0.001, (last - first).TotalSeconds):0} effects/s");

static async Task<List<SanctionDecision>> WaitAllAsync(SanctionDecisions.SanctionDecisionsClient sanctions, IEnumerable<string> numbers, TimeSpan timeout)
{
    var wanted = numbers.ToHashSet(StringComparer.Ordinal);
    var deadline = DateTime.UtcNow + timeout;
    while (true)
    {
        var delivered = new List<SanctionDecision>();
        var token = string.Empty;
        do
        {
            var page = await sanctions.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", EffectState = "delivered", PageSize = 500, PageToken = token });
            delivered.AddRange(page.Sanctions.Where(s => wanted.Contains(s.Number)));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        if (delivered.Count == wanted.Count)
        {
            return delivered;
        }
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"{delivered.Count} of {wanted.Count} delivered after {timeout}.");
        }
        await Task.Delay(250);
    }
}

static double Percentile(List<double> sorted, int percent) => sorted[Math.Clamp((int)Math.Ceiling(sorted.Count * percent / 100.0) - 1, 0, sorted.Count - 1)];

static void Signal(int pid, string signal)
{
    using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
    kill.WaitForExit();
}

internal sealed record Options(int Paced, double Rate, int Backlog)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            int.Parse(Value("--paced") ?? "200", CultureInfo.InvariantCulture),
            double.Parse(Value("--rate") ?? "20", CultureInfo.InvariantCulture),
            int.Parse(Value("--backlog") ?? "1000", CultureInfo.InvariantCulture));
    }
}
