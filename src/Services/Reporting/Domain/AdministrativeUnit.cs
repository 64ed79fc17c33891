using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Reporting.Domain;

/// <summary>
/// A province, district (thành phố / thị xã / huyện) or commune (xã / phường / thị trấn),
/// keyed by the General Statistics Office code (2, 3 or 5 digits).
/// </summary>
public sealed class AdministrativeUnit : IVersioned
{
    public required string Code { get; init; }
    public required string ProvinceCode { get; init; }
    public string? ParentCode { get; init; }
    public required UnitLevel Level { get; init; }
    /// <summary>Official type word (Tỉnh, Huyện, Xã, …), kept as written.</summary>
    public required string Type { get; set; }
    public required string Name { get; set; }
    /// <summary>The name without diacritics, lower case, for search.</summary>
    public required string NameFolded { get; set; }
    public long? Population { get; set; }
    public double? AreaKm2 { get; set; }
    public long Version { get; set; }

    /// <summary>The district the unit is or lies in; null for a province.</summary>
    public string? DistrictCode => Level switch
    {
        UnitLevel.District => Code,
        UnitLevel.Commune => ParentCode,
        _ => null,
    };
}
