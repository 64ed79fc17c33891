using System.Diagnostics.Metrics;

namespace GiaLaiIct.Inspection.Relay;

/// <summary>
/// The relay's backlog for operators: effects pending and the age of the oldest one (gauges, as of the relay's last
/// look at the outbox), and counters of outcomes.
/// </summary>
public sealed class LicenceRelayMetrics
{
    public const string MeterName = "GiaLaiIct.Inspection.LicenceRelay";
    private readonly TimeProvider _clock;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _failedAttempts;
    private readonly Histogram<double> _delay;
    private long _pending;
    private long? _oldestCreatedAtMs;

    public LicenceRelayMetrics(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("gialai.inspection.licence_effects.pending", () => Interlocked.Read(ref _pending),
            unit: "{effect}", description: "Sanction effects on licences not yet acknowledged by the licence's owner.");
        meter.CreateObservableGauge("gialai.inspection.licence_effects.oldest_pending_age", OldestAgeSeconds,
            unit: "s", description: "Age of the oldest sanction effect still pending.");
        _delivered = meter.CreateCounter<long>("gialai.inspection.licence_effects.delivered", unit: "{effect}");
        _refused = meter.CreateCounter<long>("gialai.inspection.licence_effects.refused", unit: "{effect}");
        _failedAttempts = meter.CreateCounter<long>("gialai.inspection.licence_effects.failed_attempts", unit: "{attempt}");
        _delay = meter.CreateHistogram<double>("gialai.inspection.licence_effects.delivery_delay", unit: "s",
            description: "From the decision's commit to the owner's acknowledgement.");
    }

    public long Pending => Interlocked.Read(ref _pending);

    public void Backlog(long pending, long? oldestCreatedAtMs)
    {
        Interlocked.Exchange(ref _pending, pending);
        _oldestCreatedAtMs = oldestCreatedAtMs;
    }

    public void Delivered(long createdAtMs)
    {
        _delivered.Add(1);
        _delay.Record((_clock.GetUtcNow().ToUnixTimeMilliseconds() - createdAtMs) / 1000.0);
    }

    public void Refused() => _refused.Add(1);

    public void AttemptFailed() => _failedAttempts.Add(1);

    private double OldestAgeSeconds() => _oldestCreatedAtMs is { } oldest
        ? Math.Max(0, (_clock.GetUtcNow().ToUnixTimeMilliseconds() - oldest) / 1000.0)
        : 0;
}
