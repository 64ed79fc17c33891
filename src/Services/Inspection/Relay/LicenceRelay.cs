using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaLaiIct.Inspection.Relay;

/// <summary>
/// Delivers the outbox of licence effects: every pending effect whose next attempt is due, several at once, each
/// attempt's outcome saved on its row. What a crash interrupts (this process, or the owner's mid-apply) stays
/// pending and is sent again; the owner keys on the decision number, so it applies each decision once and answers
/// a repeat with the first outcome. Several replicas may run it: at worst two send the same decision, which the
/// owner answers alike.
/// </summary>
public sealed class LicenceRelay(
    IServiceScopeFactory scopes, LicenceRelaySignal signal, LicenceRelayMetrics metrics, IOptions<LicenceRelayOptions> options,
    TimeProvider clock, ILogger<LicenceRelay> logger) : BackgroundService
{
    private const int Batch = 64;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database was unavailable (locked, a migration under way): nothing was lost, look again shortly.
                logger.LogError(exception, "Licence relay pass failed");
                wait = options.Value.PollInterval;
            }
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await signal.WaitAsync(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass over the due effects; how long to wait before the next.</summary>
    private async Task<TimeSpan> PassAsync(CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        List<(string Province, string Decision)> due;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
            due = (await db.LicenceEffects.AsNoTracking()
                .Where(e => e.State == LicenceEffectState.Pending && e.NextAttemptAtMs <= now)
                .OrderBy(e => e.NextAttemptAtMs)
                .Select(e => new { e.ProvinceCode, e.DecisionNumber })
                .Take(Batch)
                .ToListAsync(stoppingToken))
                .Select(e => (e.ProvinceCode, e.DecisionNumber)).ToList();
        }

        var answering = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Concurrency), CancellationToken = stoppingToken },
            async (key, cancellationToken) =>
            {
                if (await AttemptAsync(key.Province, key.Decision, cancellationToken) is { } owner)
                {
                    answering[owner] = true;
                }
            });

        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
            if (!answering.IsEmpty)
            {
                // An owner answers again: what waits in back-off for it (or for an owner not found yet) goes now, not
                // after its back-off, so a backlog drains as soon as the owner is back.
                var names = answering.Keys.ToList();
                var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
                await db.LicenceEffects
                    .Where(e => e.State == LicenceEffectState.Pending && e.NextAttemptAtMs > nowMs && (e.Owner == null || names.Contains(e.Owner)))
                    .ExecuteUpdateAsync(update => update.SetProperty(e => e.NextAttemptAtMs, nowMs), stoppingToken);
            }
            var pending = db.LicenceEffects.AsNoTracking().Where(e => e.State == LicenceEffectState.Pending);
            var count = await pending.LongCountAsync(stoppingToken);
            var oldest = count == 0 ? (long?)null : await pending.MinAsync(e => (long?)e.CreatedAtMs, stoppingToken);
            metrics.Backlog(count, oldest);
            if (due.Count == Batch || !answering.IsEmpty)
            {
                return TimeSpan.Zero;
            }
            var next = count == 0 ? null : await pending.MinAsync(e => (long?)e.NextAttemptAtMs, stoppingToken);
            var untilNext = next is { } at ? TimeSpan.FromMilliseconds(Math.Max(0, at - clock.GetUtcNow().ToUnixTimeMilliseconds())) : options.Value.PollInterval;
            return untilNext < options.Value.PollInterval ? untilNext : options.Value.PollInterval;
        }
    }

    /// <summary>One attempt, saved; the owner when it answered (delivered or refused).</summary>
    private async Task<string?> AttemptAsync(string province, string decision, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var effect = await db.LicenceEffects.SingleOrDefaultAsync(e => e.ProvinceCode == province && e.DecisionNumber == decision, cancellationToken);
        if (effect is not { State: LicenceEffectState.Pending })
        {
            return null;
        }
        await scope.ServiceProvider.GetRequiredService<LicenceEffectDelivery>().AttemptAsync(effect, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return effect.State == LicenceEffectState.Pending ? null : effect.Owner;
    }
}
