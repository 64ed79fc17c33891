using System.Linq.Expressions;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Data;

/// <summary>
/// The create of a registry record addressed by its natural key. Creating what is already stored answers the stored
/// record without a write, so a client that retries a create it did not see answered gets the same answer; a record
/// with that key but other values is AlreadyExists. Two creates racing each other meet the unique index, which the
/// exception mapping answers with AlreadyExists too.
/// </summary>
public static class IdempotentCreate
{
    /// <param name="key">Selects the stored record with the new record's key.</param>
    /// <param name="holdsSameValues">Whether a stored record already holds every value asked for.</param>
    /// <param name="create">The new record, added to the context (with any rows that go with it) only when none is stored.</param>
    /// <param name="alreadyExists">The answer's text when the stored record (the argument) holds other values.</param>
    public static async Task<TEntity> CreateOnceAsync<TEntity>(
        this DbContext db, Expression<Func<TEntity, bool>> key, Func<TEntity, bool> holdsSameValues, Func<TEntity> create,
        Func<TEntity, string> alreadyExists, CancellationToken cancellationToken)
        where TEntity : class
    {
        var stored = await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(key, cancellationToken);
        if (stored is not null)
        {
            return holdsSameValues(stored) ? stored : throw new RpcException(new Status(StatusCode.AlreadyExists, alreadyExists(stored)));
        }
        var added = create();
        db.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>As <see cref="CreateOnceAsync{TEntity}(DbContext, Expression{Func{TEntity, bool}}, Func{TEntity, bool}, Func{TEntity}, Func{TEntity, string}, CancellationToken)"/> for a record that compares and copies its own values.</summary>
    public static Task<TEntity> CreateOnceAsync<TEntity>(
        this DbContext db, Expression<Func<TEntity, bool>> key, TEntity candidate, string alreadyExists, CancellationToken cancellationToken)
        where TEntity : class, IRecordValues<TEntity> =>
        db.CreateOnceAsync(key, stored => stored.Says(candidate), () => candidate, _ => alreadyExists, cancellationToken);
}
