using CsvHelper;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.ServiceKit.Datasets;

/// <summary>
/// One dataset file read as DATASET-FORMAT.md says: UTF-8 (a BOM is accepted), RFC 4180, a header row whose
/// columns match by name in any order; an unknown or missing required column is an error of the file.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<DatasetRow> rows)
    {
        File = file;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<DatasetRow> Rows { get; }

    /// <summary>Every header name is a known column, none twice, and every required one is there.</summary>
    private static bool CheckHeader(string file, string[] header, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, DatasetErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var name in header)
        {
            if (!required.Contains(name) && !optional.Contains(name))
            {
                errors.Add(file, 1, name, $"is not a column of {file} (columns: {string.Join(", ", required.Concat(optional))})");
                valid = false;
            }
            else if (!seen.Add(name))
            {
                errors.Add(file, 1, name, "appears twice in the header");
                valid = false;
            }
        }
        foreach (var missing in required.Where(name => !seen.Contains(name)))
        {
            errors.Add(file, 1, missing, "is a required column and is missing from the header");
            valid = false;
        }
        return valid;
    }

    /// <summary>The file's rows, or null when its header or quoting is unusable (the errors say why).</summary>
    public static CsvTable? Read(string file, byte[] content, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, DatasetErrors errors)
    {
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            errors.Add(file, 0, string.Empty, "is not UTF-8 text");
            return null;
        }
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            IncludeValuesInExceptions = true,
        };
        var rows = new List<DatasetRow>();
        try
        {
            using var reader = CsvReader.Create(content, options);
            var header = reader.Headers.Select(name => name.Trim()).ToArray();
            if (header.Length == 0 || header.All(name => name.Length == 0))
            {
                errors.Add(file, 0, string.Empty, "is empty: the first row must be the header");
                return null;
            }
            if (!CheckHeader(file, header, required, optional, errors))
            {
                return null;
            }
            var columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
            var unreadable = false;
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                    if (TextFieldRule.CharacterProblem(header[i], cells[i]) is { } problem)
                    {
                        errors.Add(file, (int)reader.LineNumber, header[i], problem);
                        unreadable = true;
                    }
                }
                rows.Add(new DatasetRow(file, (int)reader.LineNumber, columns, cells, errors));
            }
            // Cells that are not text are reported, every one of them; the rows are not checked further.
            if (unreadable)
            {
                return null;
            }
        }
        catch (CsvFormatException exception)
        {
            errors.Add(file, (int)exception.LineNumber, string.Empty, exception.Message);
            return null;
        }
        return new CsvTable(file, rows);
    }
}
