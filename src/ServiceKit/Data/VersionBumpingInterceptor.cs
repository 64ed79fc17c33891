using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Data;

/// <summary>
/// Increments <see cref="IVersioned.Version"/> of every modified entity at save time, so the
/// concurrency token works the same on SQLite (no rowversion type) and SQL Server.
/// </summary>
public sealed class VersionBumpingInterceptor : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.OriginalValues.GetValue<long>(nameof(IVersioned.Version)) + 1;
            }
        }
    }
}
