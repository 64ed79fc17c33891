using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// Dataset uploads: a few files of the Gia Lai 2018 fixture, cut to a few rows so each input stays cheap, with
/// cells replaced by <see cref="NastyText"/>, headers broken or bytes that are not UTF-8; sent as a ZIP that is
/// sound or damaged (garbage before it, flipped data, an unknown, LZMA or BZip2 method, a wrong CRC, the
/// encrypted flag, <c>../</c> or absolute names, cut short) or as a multipart form (bad names, cut short,
/// no closing boundary).
/// </summary>
public sealed class DatasetInputs(IReadOnlyList<string> fileNames)
{
    private const int RowsPerFile = 6;
    private readonly ProvinceDataset _fixture = ProvinceDataset.GiaLai2018();

    public sealed record Upload(string Kind, Func<HttpContent> Content);

    public Upload Create(Fuzzer fuzzer)
    {
        var files = fileNames.Where(_ => fuzzer.Chance(60)).DefaultIfEmpty(fileNames[0])
            .Select(name => (Name: name, Content: Mutate(fuzzer, Cut(_fixture[name]))))
            .ToList();
        if (fuzzer.Chance(40))
        {
            var zip = Zip(files);
            var (kind, bytes) = fuzzer.Chance(30) ? ("zip-sound", zip) : DamageZip(fuzzer, files, zip);
            return new(kind, () => ZipContent(bytes));
        }
        if (fuzzer.Chance(50))
        {
            return new("csv-cells", () => ZipContent(Zip(files)));
        }
        return Multipart(fuzzer, files);
    }

    private static byte[] Cut(string csv) =>
        Encoding.UTF8.GetBytes(string.Join('\n', csv.Split('\n').Take(RowsPerFile + 1)) + "\n");

    private static byte[] Mutate(Fuzzer fuzzer, byte[] csv)
    {
        if (!fuzzer.Chance(70))
        {
            return csv;
        }
        var lines = Encoding.UTF8.GetString(csv).Split('\n').ToList();
        switch (fuzzer.Next(6))
        {
            case 0:
                return [.. csv[..Math.Max(1, fuzzer.Next(csv.Length))], 0xFF, 0xFE];
            case 1:
                lines[0] = fuzzer.Chance(50) ? lines[0] + "," + fuzzer.Draw(NastyText.Any) : string.Join(',', lines[0].Split(',').Reverse().Skip(1));
                break;
            case 2:
                lines.Insert(1 + fuzzer.Next(lines.Count - 1), string.Join(',', Enumerable.Range(0, 1 + fuzzer.Next(8)).Select(_ => Quote(fuzzer.Draw(NastyText.Any)))));
                break;
            default:
                for (var edits = 1 + fuzzer.Next(3); edits > 0; edits--)
                {
                    var row = 1 + fuzzer.Next(Math.Max(1, lines.Count - 2));
                    if (row >= lines.Count || lines[row].Length == 0)
                    {
                        continue;
                    }
                    var cells = lines[row].Split(',');
                    cells[fuzzer.Next(cells.Length)] = Quote(fuzzer.Draw(NastyText.Any));
                    lines[row] = string.Join(',', cells);
                }
                break;
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }
        return buffer.ToArray();
    }

    private static (string Kind, byte[] Bytes) DamageZip(Fuzzer fuzzer, List<(string Name, byte[] Content)> files, byte[] zip)
    {
        var copy = (byte[])zip.Clone();
        switch (fuzzer.Next(9))
        {
            case 0:
                return ("zip-garbage-before", [.. fuzzer.Bytes(1, 64), .. zip]);
            case 1:
                for (var flips = 1 + fuzzer.Next(4); flips > 0; flips--)
                {
                    copy[30 + fuzzer.Next(Math.Max(1, copy.Length - 60))] ^= (byte)(1 << fuzzer.Next(8));
                }
                return ("zip-flipped-data", copy);
            case 2:
                // Compression method of the first entry, in its local header (offset 8) and central directory entry.
                var method = fuzzer.Pick<ushort>([14, 12, 99, 9, 1, 6]);
                BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(8), method);
                SetCentral(copy, 10, method);
                return ("zip-unsupported-method", copy);
            case 3:
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(14), BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(14)) ^ 0x1234_5678);
                SetCentral32(copy, 16, BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(14)));
                return ("zip-wrong-crc", copy);
            case 4:
                copy[6] |= 1;
                SetCentral(copy, 8, (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(6))));
                return ("zip-encrypted-flag", copy);
            case 5:
                var name = fuzzer.Pick(["../", "../../", "/", "/tmp/", "C:\\", "..\\", "a/../../"]) + files[0].Name;
                return ("zip-path-name", Zip(files.Skip(1).Prepend((name, files[0].Content))));
            case 6:
                return ("zip-cut-short", zip[..fuzzer.Next(zip.Length)]);
            case 7:
                return ("zip-control-name", Zip(files.Skip(1).Prepend((files[0].Name + fuzzer.Pick(["\0", "\u0001", "\n"]), files[0].Content))));
            default:
                return ("zip-random", fuzzer.Bytes(0, 300));
        }
    }

    /// <summary>Writes a field of the first central directory entry (signature PK\x01\x02).</summary>
    private static void SetCentral(byte[] zip, int offset, ushort value)
    {
        if (CentralStart(zip) is { } start)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(start + offset), value);
        }
    }

    private static void SetCentral32(byte[] zip, int offset, uint value)
    {
        if (CentralStart(zip) is { } start)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(start + offset), value);
        }
    }

    private static int? CentralStart(byte[] zip)
    {
        var index = zip.AsSpan().IndexOf("PK\u0001\u0002"u8);
        return index < 0 ? null : index;
    }

    private static ByteArrayContent ZipContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    private static Upload Multipart(Fuzzer fuzzer, List<(string Name, byte[] Content)> files)
    {
        var boundary = "fuzz-boundary-" + fuzzer.Next(1_000_000);
        var body = new MemoryStream();
        var badName = fuzzer.Chance(30);
        foreach (var (name, content) in files)
        {
            var fileName = badName ? fuzzer.Pick(["../" + name, "/etc/" + name, "..\\" + name, name + "\u0000", "C:\\" + name, ""]) : name;
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: text/csv\r\n\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }
        var closed = fuzzer.Chance(50);
        if (closed)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        }
        var bytes = body.ToArray();
        var cut = !closed && fuzzer.Chance(50) ? bytes[..fuzzer.Next(bytes.Length)] : bytes;
        var kind = badName ? "multipart-bad-name" : closed ? "multipart-sound" : "multipart-cut-short";
        return new(kind, () =>
        {
            var content = new ByteArrayContent(cut);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
            return content;
        });
    }
}
