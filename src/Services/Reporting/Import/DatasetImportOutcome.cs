using GiaLaiIct.Datasets.V1;

namespace GiaLaiIct.Reporting.Import;

/// <summary>
/// What an import did: every file written (<see cref="Counts"/>); nothing written (<see cref="Errors"/>); or, when a
/// division failed after every dry run had passed, the files written (<see cref="Counts"/>) and one error per file
/// that was not (<see cref="PartlyApplied"/>), which importing the same dataset again completes.
/// </summary>
public sealed record DatasetImportOutcome(IReadOnlyList<FileCounts> Counts, IReadOnlyList<DatasetError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public bool PartlyApplied => Errors.Count > 0 && Counts.Count > 0;

    /// <summary>
    /// A division could not be reached (as opposed to refusing its files): the one that stopped a partly applied import,
    /// or, with nothing written, one that could not say whether it takes a file nobody else takes, or check its files.
    /// </summary>
    public bool DivisionUnreachable { get; init; }
}
