using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Data;

/// <summary>
/// Sets the value of a record addressed by its natural key, which may not exist yet: version 0 adds it, the version
/// last read changes it. Asking for the value already stored succeeds without a write, so a retry (even one racing
/// the first attempt) answers what the first one did; anything else based on an outdated read is Aborted.
/// </summary>
public sealed class VersionedUpsert<TEntity>(DbContext db, string description) where TEntity : class, IVersioned
{
    /// <param name="find">Reads the tracked record by its key, or null.</param>
    /// <param name="create">A new record holding the value asked for.</param>
    /// <param name="holdsValue">Whether a stored record already holds the value asked for.</param>
    /// <param name="apply">Gives a stored record the value asked for.</param>
    public async Task<TEntity> SetAsync(
        Func<CancellationToken, Task<TEntity?>> find, Func<TEntity> create, Func<TEntity, bool> holdsValue, Action<TEntity> apply,
        long versionRead, CancellationToken cancellationToken)
    {
        var stored = await find(cancellationToken);
        if (stored is null)
        {
            if (versionRead != 0)
            {
                throw new RpcException(new Status(StatusCode.Aborted,
                    $"{description} was removed after version {versionRead} was read; add it again with version 0."));
            }
            var added = create();
            db.Add(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return added;
            }
            catch (DbUpdateException exception) when (ExceptionMappingInterceptor.IsUniqueViolation(exception))
            {
                db.Entry(added).State = EntityState.Detached;
                stored = await find(cancellationToken)
                    ?? throw new RpcException(new Status(StatusCode.Aborted, $"{description} changed while it was written; read it and retry."));
            }
        }
        if (holdsValue(stored))
        {
            return stored;
        }
        if (versionRead == 0)
        {
            throw new RpcException(new Status(StatusCode.Aborted,
                $"{description} already exists (version {stored.Version}); send the version you read to change it."));
        }
        apply(stored);
        await db.SaveAsOfVersionAsync(stored, versionRead, cancellationToken);
        return stored;
    }
}
