using System.Linq.Expressions;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Data;

/// <summary>
/// Pages a listing by its text key: the page token is the last key of the previous page, so a page
/// is one index range scan, and rows added meanwhile neither repeat nor vanish between pages.
/// </summary>
public static class KeysetPaging
{
    public static async Task<(List<T> Items, string NextPageToken)> PageByKeyAsync<T>(
        this IQueryable<T> query, Expression<Func<T, string>> key, string pageToken, int pageSize, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(pageToken))
        {
            var compare = typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!;
            // The token reaches the database as a parameter, never as SQL text: a constant would be inlined as a
            // literal, and a token holding NUL or quotes is the client's, not ours to write into a statement.
            var last = new LastKey(pageToken);
            var after = Expression.Lambda<Func<T, bool>>(
                Expression.GreaterThan(
                    Expression.Call(key.Body, compare, Expression.Property(Expression.Constant(last), nameof(LastKey.Value))),
                    Expression.Constant(0)),
                key.Parameters);
            query = query.Where(after);
        }
        return await PageAsync(query.OrderBy(key), pageSize, key.Compile(), cancellationToken);
    }

    /// <summary>Holds the page token so that the query captures it as a variable (a parameter) rather than a constant.</summary>
    private sealed record LastKey(string Value);

    /// <summary>
    /// One page of a listing ordered by a composite key, whose query already starts after the key the page token
    /// carries (<see cref="PageToken"/>); answers the rows and the token of the next page (empty after the last).
    /// </summary>
    public static Task<(List<T> Items, string NextPageToken)> TakePageAsync<T, TKey>(
        this IOrderedQueryable<T> query, int pageSize, Func<T, TKey> keyOf, CancellationToken cancellationToken) =>
        PageAsync(query, pageSize, row => PageToken.Write(keyOf(row)), cancellationToken);

    /// <summary>Reads one row more than a page to learn whether another page follows, and tokens the page's last row.</summary>
    private static async Task<(List<T> Items, string NextPageToken)> PageAsync<T>(
        IOrderedQueryable<T> query, int pageSize, Func<T, string> tokenOf, CancellationToken cancellationToken)
    {
        var rows = await query.Take(pageSize + 1).ToListAsync(cancellationToken);
        if (rows.Count <= pageSize)
        {
            return (rows, string.Empty);
        }
        rows.RemoveAt(pageSize);
        return (rows, tokenOf(rows[^1]));
    }
}
