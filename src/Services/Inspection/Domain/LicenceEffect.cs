namespace GiaLaiIct.Inspection.Domain;

/// <summary>
/// The outbox row of a sanction decision that suspends or revokes a licence: saved in the same transaction as the
/// decision, delivered by the relay to the service that owns the licence, with the decision number as the owner's
/// idempotency key, until the owner acknowledges or refuses it. Times are UTC Unix milliseconds so every provider
/// orders and compares them alike.
/// </summary>
public sealed class LicenceEffect
{
    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(15);

    public required string ProvinceCode { get; init; }
    public required string DecisionNumber { get; init; }
    public required string LicenceNumber { get; init; }
    public required LicenceAction Action { get; init; }
    public required DateOnly DecidedOn { get; init; }
    public required LicenceEffectState State { get; set; }
    public required long CreatedAtMs { get; init; }
    public required long NextAttemptAtMs { get; set; }
    public int Attempts { get; set; }
    /// <summary>The resource name of the licence's owner (telecom, press), once found.</summary>
    public string? Owner { get; set; }
    /// <summary>The last transient failure, while pending.</summary>
    public string? LastError { get; set; }
    /// <summary>Why it was refused.</summary>
    public string? RefusalReason { get; set; }
    /// <summary>The licence's status right after the owner applied it.</summary>
    public string? ResultingStatus { get; set; }
    /// <summary>When the owner first applied it, as the owner says (ISO 8601).</summary>
    public string? AppliedAt { get; set; }
    public long? CompletedAtMs { get; set; }

    public static LicenceEffect Pending(string province, string decision, string licence, LicenceAction action, DateOnly decidedOn, DateTimeOffset now) => new()
    {
        ProvinceCode = province,
        DecisionNumber = decision,
        LicenceNumber = licence,
        Action = action,
        DecidedOn = decidedOn,
        State = LicenceEffectState.Pending,
        CreatedAtMs = now.ToUnixTimeMilliseconds(),
        NextAttemptAtMs = now.ToUnixTimeMilliseconds(),
    };

    public void Deliver(string owner, string resultingStatus, string appliedAt, DateTimeOffset now)
    {
        State = LicenceEffectState.Delivered;
        Owner = owner;
        ResultingStatus = resultingStatus;
        AppliedAt = appliedAt;
        LastError = null;
        Attempts++;
        CompletedAtMs = now.ToUnixTimeMilliseconds();
    }

    public void Refuse(string? owner, string reason, DateTimeOffset now)
    {
        State = LicenceEffectState.Refused;
        Owner = owner;
        RefusalReason = reason;
        LastError = null;
        Attempts++;
        CompletedAtMs = now.ToUnixTimeMilliseconds();
    }

    /// <summary>A transient failure: try again after a back-off doubling from one second up to <see cref="MaxBackoff"/>.</summary>
    public void Retry(string? owner, string error, DateTimeOffset now)
    {
        Owner = owner ?? Owner;
        LastError = error;
        Attempts++;
        NextAttemptAtMs = (now + Backoff(Attempts)).ToUnixTimeMilliseconds();
    }

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts - 1, 10))));
}
