using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// A unit's dossier figures for one reporting period (a month, quarter, half, January to a month, or a year), keyed by
/// province, unit and period. A unit's periods never overlap, so the figures of any period are the sum of the
/// recorded periods lying inside it.
/// </summary>
public sealed class DossierCount : IVersioned
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

    /// <summary>Whether this row's months and <paramref name="firstMonth"/>–<paramref name="lastMonth"/> of <paramref name="year"/> share a month.</summary>
    public bool Overlaps(int year, int firstMonth, int lastMonth) => Year == year && FirstMonth <= lastMonth && firstMonth <= LastMonth;
}
