using System.IO.Compression;
using System.IO.Hashing;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Import;

/// <summary>
/// The files of a dataset sent as one ZIP archive, read with suspicion: the archive must start at the first
/// byte, every entry must inflate (deflate or stored, not encrypted) to the size and CRC its header states,
/// no entry may name a place outside the archive, and the whole stays within a size and a file count.
/// Anything else is the sender's mistake, answered with the entry it concerns; nothing is read further.
/// </summary>
public static class DatasetArchive
{
    /// <summary>Inflated size limit of one archive, so a small ZIP cannot expand without bound.</summary>
    public const long MaxInflatedBytes = 256L * 1024 * 1024;
    public const int MaxFiles = 64;

    private static ReadOnlySpan<byte> LocalFileHeader => "PK\u0003\u0004"u8;
    private static ReadOnlySpan<byte> EmptyArchive => "PK\u0005\u0006"u8;

    /// <summary>The archive's files, or why it is refused.</summary>
    public static async Task<(List<DatasetFile>? Files, string? Problem)> ReadAsync(byte[] archiveBytes, CancellationToken cancellationToken)
    {
        var start = archiveBytes.AsSpan(0, Math.Min(4, archiveBytes.Length));
        if (!start.SequenceEqual(LocalFileHeader) && !start.SequenceEqual(EmptyArchive))
        {
            return (null, "is not a ZIP archive: it must begin with a ZIP entry (PK\\x03\\x04), with nothing before it");
        }
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(archiveBytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            return (null, $"is not a ZIP archive: {exception.Message}");
        }
        using (archive)
        {
            var entries = archive.Entries;
            if (entries.Count > MaxFiles)
            {
                return (null, $"the archive holds {entries.Count} entries; a dataset has at most {MaxFiles}");
            }
            var files = new List<DatasetFile>();
            long inflated = 0;
            foreach (var entry in entries)
            {
                if (NameProblem(entry.FullName) is { } badName)
                {
                    return (null, badName);
                }
                if (entry.Name.Length == 0)
                {
                    continue;
                }
                if (entry.IsEncrypted)
                {
                    return (null, $"entry '{entry.FullName}' is encrypted; send the files unencrypted");
                }
                var (content, problem) = await InflateAsync(entry, MaxInflatedBytes - inflated, cancellationToken);
                if (problem is not null)
                {
                    return (null, problem);
                }
                inflated += content!.Length;
                files.Add(new DatasetFile(entry.FullName, content));
            }
            return files.Count == 0 ? (null, "the archive holds no file") : (files, null);
        }
    }

    /// <summary>
    /// Why a file name from an archive or a form cannot be a dataset file's: a path that climbs out (<c>..</c>),
    /// starts at a root or a drive, or holds control characters. Such names are refused, not cleaned up.
    /// </summary>
    public static string? NameProblem(string name)
    {
        if (TextFieldRule.Problem("file", name) is { } problem)
        {
            return $"entry name {problem}";
        }
        var segments = name.Split('/', '\\');
        if (name.StartsWith('/') || name.StartsWith('\\') || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return $"entry '{name}' is an absolute path; dataset files are named relative to the archive";
        }
        return segments.Contains("..")
            ? $"entry '{name}' climbs out of the archive (..); dataset files are named relative to it"
            : null;
    }

    private static async Task<(byte[]? Content, string? Problem)> InflateAsync(ZipArchiveEntry entry, long allowance, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (content.Length + read > allowance)
                {
                    return (null, $"the archive inflates to more than {MaxInflatedBytes} bytes");
                }
                content.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException exception)
        {
            return (null, $"entry '{entry.FullName}' cannot be inflated: {exception.Message} (deflate or stored entries only)");
        }
        var bytes = content.ToArray();
        if (bytes.Length != entry.Length)
        {
            return (null, $"entry '{entry.FullName}' inflates to {bytes.Length} bytes, not the {entry.Length} its header states: the archive is damaged");
        }
        if (Crc32.HashToUInt32(bytes) != entry.Crc32)
        {
            return (null, $"entry '{entry.FullName}' fails its CRC check: the archive is damaged");
        }
        return (bytes, null);
    }
}
