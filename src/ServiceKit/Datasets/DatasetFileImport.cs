using GiaLaiIct.Datasets.V1;

namespace GiaLaiIct.ServiceKit.Datasets;

/// <summary>
/// One file of an import: <see cref="Parse"/> checks every row into candidates keyed by the file's natural key;
/// <see cref="StageAsync"/> compares them with what is stored and stages inserts and updates on the context
/// (saved together by the caller, or dropped on a dry run).
/// </summary>
public abstract class DatasetFileImport(string file, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
{
    public string File => file;

    /// <summary>Whether the file could be read at all; row errors are in <paramref name="errors"/>.</summary>
    public bool Parse(byte[] content, DatasetErrors errors)
    {
        var table = CsvTable.Read(file, content, required, optional, errors);
        if (table is null)
        {
            return false;
        }
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = ReadRow(row);
            if (key is null)
            {
                continue;
            }
            if (!keys.TryAdd(key, row.Line))
            {
                row.Error(KeyColumn, $"'{key}' is already on line {keys[key]}");
            }
        }
        return true;
    }

    protected abstract string KeyColumn { get; }

    /// <summary>Reads one row into a candidate; its key, or null when the row is not this service's or has errors.</summary>
    protected abstract string? ReadRow(DatasetRow row);

    public abstract Task<FileCounts> StageAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stages each candidate against the stored row of its key: a new key is inserted; a stored row is counted
    /// updated when <paramref name="update"/> changed it (it copies the candidate's values and says whether any
    /// differed), unchanged otherwise.
    /// </summary>
    protected FileCounts Upsert<TKey, TRow, TCandidate>(
        IReadOnlyDictionary<TKey, TRow> stored, IEnumerable<TCandidate> candidates, Func<TCandidate, TKey> keyOf, Action<TCandidate> insert, Func<TRow, TCandidate, bool> update)
    {
        var counts = new FileCounts { File = File };
        foreach (var candidate in candidates)
        {
            if (!stored.TryGetValue(keyOf(candidate), out var row))
            {
                insert(candidate);
                counts.Inserted++;
            }
            else if (update(row, candidate))
            {
                counts.Updated++;
            }
            else
            {
                counts.Unchanged++;
            }
        }
        return counts;
    }
}
