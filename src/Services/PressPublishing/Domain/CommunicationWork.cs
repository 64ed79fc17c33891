using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>
/// A dated piece of the division's communication work with its counts: directives issued, materials or panels
/// made, or classes held with their trainees (seed 000: 06 classes for 404 trainees).
/// </summary>
public sealed class CommunicationWork : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Id { get; init; }
    public required CommunicationWorkKind Kind { get; set; }
    public required CommunicationTopic Topic { get; set; }
    public required string Title { get; set; }
    public required string TitleFolded { get; set; }
    public required DateOnly HeldOn { get; set; }
    public required string UnitCode { get; set; }
    /// <summary>How many: directives, materials or classes.</summary>
    public required int Quantity { get; set; }
    /// <summary>Trainees of the classes; zero for other kinds.</summary>
    public int Trainees { get; set; }
    public long Version { get; set; }

    /// <summary>Why the counts do not fit the kind, or null.</summary>
    public static string? TraineesRefused(CommunicationWorkKind kind, int trainees) =>
        kind != CommunicationWorkKind.Class && trainees != 0 ? "only classes have trainees" : null;
}
