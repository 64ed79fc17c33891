using Microsoft.Data.Sqlite;

namespace GiaLaiIct.TestSupport;

/// <summary>A fresh directory a test owns; removed (with any SQLite files) when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("gialai-test-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that has not let go yet; the OS temp cleaner takes it later.
        }
    }
}
