using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// An agency of the province (sở, ban, ngành; UBND of a district or commune), keyed by province and code: the owner
/// of online services and one-stop desks, and of the administrative procedures (TTHC) it settles.
/// </summary>
public sealed class Agency : IVersioned, IRecordValues<Agency>
{
    public required string ProvinceCode { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameFolded { get; set; }
    public required AgencyKind Kind { get; set; }
    /// <summary>The unit the agency serves: the province for a sở or ban, a district or commune for its UBND.</summary>
    public required string UnitCode { get; set; }
    /// <summary>Administrative procedures (TTHC) in the agency's remit: the denominator of DVCTT ÷ TTHC.</summary>
    public required int Procedures { get; set; }
    public long Version { get; set; }

    public bool Says(Agency candidate) =>
        Name == candidate.Name && Kind == candidate.Kind && UnitCode == candidate.UnitCode && Procedures == candidate.Procedures;

    public bool Take(Agency candidate)
    {
        if (Says(candidate))
        {
            return false;
        }
        Name = candidate.Name;
        NameFolded = candidate.NameFolded;
        Kind = candidate.Kind;
        UnitCode = candidate.UnitCode;
        Procedures = candidate.Procedures;
        return true;
    }
}
