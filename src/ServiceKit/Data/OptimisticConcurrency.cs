using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Data;

public static class OptimisticConcurrency
{
    /// <summary>
    /// Saves the changes made to a tracked entity on the condition that it still has the version the client
    /// read, so a stale write fails (DbUpdateConcurrencyException, Aborted on the wire) instead of overwriting
    /// another change. When the entity already holds every value asked for, nothing is written and the call
    /// succeeds whatever version was sent: a retried update, or the same update made twice, is not a conflict.
    /// </summary>
    /// <returns>Whether anything was written.</returns>
    public static async Task<bool> SaveAsOfVersionAsync<TEntity>(this DbContext db, TEntity entity, long versionRead, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        var entry = db.Entry(entity);
        entry.DetectChanges();
        if (entry.State == EntityState.Unchanged)
        {
            return false;
        }
        entry.Property(e => e.Version).OriginalValue = versionRead;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
