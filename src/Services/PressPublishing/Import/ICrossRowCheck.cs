using GiaLaiIct.ServiceKit.Datasets;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>A file whose rows are checked against each other and the stored rows once every row was read.</summary>
internal interface ICrossRowCheck
{
    Task CheckAsync(DatasetErrors errors, CancellationToken cancellationToken);
}
