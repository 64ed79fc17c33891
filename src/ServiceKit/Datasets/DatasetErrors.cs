using GiaLaiIct.Datasets.V1;

namespace GiaLaiIct.ServiceKit.Datasets;

/// <summary>Every problem found in a dataset, each naming file, line and column, collected before anything is written.</summary>
public sealed class DatasetErrors
{
    private readonly List<DatasetError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<DatasetError> Items => _errors;

    public void Add(string file, int line, string column, string message) =>
        _errors.Add(new DatasetError { File = file, Line = line, Column = column, Message = message });
}
