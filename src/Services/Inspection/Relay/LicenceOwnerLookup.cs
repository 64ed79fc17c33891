using GiaLaiIct.Licences.V1;

namespace GiaLaiIct.Inspection.Relay;

/// <summary>What the licence-issuing services said about one licence number.</summary>
/// <param name="Owner">The resource holding it, when one does.</param>
/// <param name="Licence">Its summary, as the owner gave it.</param>
/// <param name="Unreachable">Services that did not answer (down, timed out), one of which may hold it; with their errors.</param>
public sealed record LicenceOwnerLookup(string? Owner, LicenceSummary? Licence, IReadOnlyList<string> Unreachable)
{
    /// <summary>Every service answered, and none holds the licence.</summary>
    public bool HeldByNone => Owner is null && Unreachable.Count == 0;
}
