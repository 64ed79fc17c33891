namespace GiaLaiIct.Reporting.Client;

/// <summary>What another service needs to know of an administrative unit it refers to.</summary>
/// <param name="Type">The official type word: Tỉnh, Thành phố, Thị xã, Huyện, Xã, Phường, Thị trấn.</param>
public sealed record UnitReference(string Code, string ProvinceCode, string Level, string? ParentCode, string Name, string Type)
{
    public bool IsProvince => Level == "province";
    public bool IsCommune => Level == "commune";
    public bool IsDistrict => Level == "district";

    /// <summary>A rural commune (type Xã), as opposed to a ward or township.</summary>
    public bool IsXa => IsCommune && Type == "Xã";

    /// <summary>The district this unit is or lies in; null for a province.</summary>
    public string? DistrictCode => IsDistrict ? Code : IsCommune ? ParentCode : null;

    /// <summary>Whether <paramref name="other"/> is this unit or lies inside it.</summary>
    public bool Covers(UnitReference other) =>
        other.ProvinceCode == ProvinceCode && (IsProvince || other.Code == Code || (IsDistrict && other.DistrictCode == Code));
}
