namespace GiaLaiIct.Reporting.Import;

/// <summary>One file of a dataset as received: its name without any folder, and its bytes.</summary>
public sealed record DatasetFile(string Name, byte[] Content);
