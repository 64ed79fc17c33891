using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>
/// Administrative dossiers handled through the public-utility postal service (dịch vụ bưu chính công ích, BCCI)
/// for one unit in one month: sent in by post to the one-stop desk, and results returned by post.
/// </summary>
public sealed class BcciDossierCount : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string UnitCode { get; init; }
    /// <summary>The first day of the month counted.</summary>
    public required DateOnly Month { get; init; }
    public required int DossiersReceived { get; set; }
    public required int ResultsReturned { get; set; }
    public long Version { get; set; }
}
