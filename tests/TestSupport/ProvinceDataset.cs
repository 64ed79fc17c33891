using System.IO.Compression;
using System.Text;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// A province dataset (DATASET-FORMAT.md) held as named CSV texts, read from a fixture folder under tests/Fixtures
/// and changed per test, then sent as a ZIP archive or multipart form.
/// </summary>
public sealed class ProvinceDataset
{
    private readonly List<(string Name, string Content)> _files;

    private ProvinceDataset(IEnumerable<(string Name, string Content)> files) => _files = [.. files];

    public static ProvinceDataset Empty { get; } = new([]);

    public IReadOnlyList<string> FileNames => [.. _files.Select(f => f.Name)];

    /// <summary>The Gia Lai 2018 dataset built from seed 000 (see tests/Fixtures/gia-lai-2018/README.md), units.csv first.</summary>
    public static ProvinceDataset GiaLai2018() => FromFolder("gia-lai-2018");

    public static ProvinceDataset FromFolder(string fixture)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Fixtures", fixture);
        return new ProvinceDataset(Directory.GetFiles(folder, "*.csv")
            .OrderBy(path => Path.GetFileName(path) == "units.csv" ? 0 : 1).ThenBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8))));
    }

    public string this[string name] => _files.Single(f => f.Name == name).Content;

    /// <summary>A copy with <paramref name="name"/> replaced (moved to the end) or added.</summary>
    public ProvinceDataset With(string name, string content) =>
        new(_files.Where(f => f.Name != name).Append((name, content)));

    public ProvinceDataset Only(params string[] names) => new(_files.Where(f => names.Contains(f.Name)));

    public byte[] ToZip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in _files)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return buffer.ToArray();
    }

    public HttpContent ToZipContent()
    {
        var content = new ByteArrayContent(ToZip());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/zip");
        return content;
    }

    public MultipartFormDataContent ToMultipart()
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in _files)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), name, name);
        }
        return form;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GiaLaiIct.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No GiaLaiIct.sln above {AppContext.BaseDirectory}.");
    }
}
