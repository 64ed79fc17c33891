using GiaLaiIct.Datasets.V1;

namespace GiaLaiIct.Reporting.Import;

/// <summary>Counts per file when the dataset was written, or every error found when nothing was.</summary>
public sealed record DatasetImportOutcome(IReadOnlyList<FileCounts> Counts, IReadOnlyList<DatasetError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
