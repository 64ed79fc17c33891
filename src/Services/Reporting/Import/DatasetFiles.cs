namespace GiaLaiIct.Reporting.Import;

/// <summary>
/// The files of a province dataset (DATASET-FORMAT.md) that Reporting reads itself. Which files and licence types
/// the divisions take, each says through <c>DatasetPart.ListOwnedFiles</c> (<see cref="DatasetOwners"/>).
/// </summary>
public static class DatasetFiles
{
    public const string Units = "units.csv";
    public const string Statistics = "statistics.csv";
    public const string Targets = "targets.csv";
    public const string Tasks = "tasks.csv";
    public const string Documents = "documents.csv";
    /// <summary>Shared: each row goes to the division whose answer lists its type.</summary>
    public const string Licences = "licences.csv";

    /// <summary>The files Reporting imports itself: its part of the dataset, answered without a call.</summary>
    public static IReadOnlyList<string> ReportingFiles { get; } = [Units, Statistics, Targets, Tasks, Documents];

    public static readonly IReadOnlyList<string> LicenceColumns = ["number", "type", "holder", "unit", "issued_on", "expires_on", "status"];
}
