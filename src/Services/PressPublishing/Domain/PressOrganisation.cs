using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>A press organisation of a province, keyed by its official name (NFC), active from its start to its end.</summary>
public sealed class PressOrganisation : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Name { get; init; }
    public required string NameFolded { get; set; }
    public required PressOrganisationKind Kind { get; set; }
    /// <summary>Where it sits; the province itself when not said.</summary>
    public string? UnitCode { get; set; }
    /// <summary>When it began working in the province; null when not known (counted as always there).</summary>
    public DateOnly? StartedOn { get; set; }
    /// <summary>When it stopped (dissolved, office closed, reporter recalled); null while active.</summary>
    public DateOnly? EndedOn { get; set; }
    public long Version { get; set; }

    public bool ActiveOn(DateOnly date) => (StartedOn is not { } start || start <= date) && (EndedOn is not { } end || end > date);

    /// <summary>Representative offices and resident reporters both count as offices of press from outside the province.</summary>
    public static bool IsOffice(PressOrganisationKind kind) => kind is PressOrganisationKind.RepresentativeOffice or PressOrganisationKind.ResidentReporter;
}
