using GiaLaiIct.TestSupport;
using Microsoft.Data.Sqlite;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// Watches the SQLite databases of the services under fuzz. Per input it reads <c>PRAGMA data_version</c> on a
/// connection of its own, which changes exactly when another connection committed: cheap enough to ask after
/// every request, so a rejected input that wrote anything is caught as that input. Per category it also
/// compares full dumps (<see cref="SqliteDump"/>) when no accepted input wrote in between.
/// </summary>
public sealed class DatabaseWatch : IDisposable
{
    private readonly List<(string File, SqliteConnection Connection)> _databases = [];
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);

    public DatabaseWatch(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            _databases.Add((file, connection));
            _versions[file] = Version(connection);
        }
    }

    public IEnumerable<string> Files => _databases.Select(database => database.File);

    /// <summary>The databases committed to since the last call.</summary>
    public IReadOnlyList<string> Changed()
    {
        var changed = new List<string>();
        foreach (var (file, connection) in _databases)
        {
            var version = Version(connection);
            if (version != _versions[file])
            {
                changed.Add(Path.GetFileName(file));
                _versions[file] = version;
            }
        }
        return changed;
    }

    public Dictionary<string, string> Dump() => _databases.ToDictionary(database => database.File, database => SqliteDump.Of(database.File), StringComparer.Ordinal);

    private static long Version(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        foreach (var (_, connection) in _databases)
        {
            connection.Dispose();
        }
    }
}
