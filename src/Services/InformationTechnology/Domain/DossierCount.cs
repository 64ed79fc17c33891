using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// A unit's dossier figures for one reporting period (a month, quarter, half, January to a month, or a year), keyed by
/// province, unit and period (see <see cref="IRecordedPeriod"/>).
/// </summary>
public sealed class DossierCount : IVersioned, IRecordedPeriod
{
    public required string ProvinceCode { get; init; }
    public required string UnitCode { get; init; }
    public required string Period { get; init; }
    public required int Year { get; init; }
    public required int FirstMonth { get; init; }
    public required int LastMonth { get; init; }
    public required long Received { get; set; }
    public long? ReceivedOnline { get; set; }
    public long? ReceivedDirect { get; set; }
    public required long Resolved { get; set; }
    public long? ResolvedOnTime { get; set; }
    public long? ResolvedLate { get; set; }
    public long? Pending { get; set; }
    public long? Apologies { get; set; }
    public long Version { get; set; }

    public DossierFigures Figures => new(Received, ReceivedOnline, ReceivedDirect, Resolved, ResolvedOnTime, ResolvedLate, Pending, Apologies);

    public bool Holds(DossierFigures figures) => Figures == figures;

    public void Set(DossierFigures figures)
    {
        Received = figures.Received;
        ReceivedOnline = figures.ReceivedOnline;
        ReceivedDirect = figures.ReceivedDirect;
        Resolved = figures.Resolved;
        ResolvedOnTime = figures.ResolvedOnTime;
        ResolvedLate = figures.ResolvedLate;
        Pending = figures.Pending;
        Apologies = figures.Apologies;
    }
}
