using System.Runtime.CompilerServices;
using GiaLaiIct.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaLaiIct.ServiceDefaults.Data;

/// <summary>
/// After a save commits, tells <see cref="IndicatorInputsGeneration"/> which provinces' data it changed (rows with a
/// ProvinceCode), so values computed from the old data are no longer served from cache.
/// </summary>
public sealed class ProvinceChangeInterceptor(IndicatorInputsGeneration generation) : SaveChangesInterceptor
{
    private const string ProvinceProperty = "ProvinceCode";
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Advance(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await Advance(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var provinces = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => entry.Metadata.FindProperty(ProvinceProperty) is { } property ? entry.Property(property.Name).CurrentValue as string : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        _pending.AddOrUpdate(context, provinces);
    }

    private Task Advance(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var provinces))
        {
            return Task.CompletedTask;
        }
        _pending.Remove(context);
        return generation.AdvanceAsync(provinces);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
