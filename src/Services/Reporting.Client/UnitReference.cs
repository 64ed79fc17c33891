namespace GiaLaiIct.Reporting.Client;

/// <summary>What another service needs to know of an administrative unit it refers to.</summary>
public sealed record UnitReference(string Code, string ProvinceCode, string Level, string? ParentCode, string Name)
{
    public bool IsCommune => Level == "commune";
    public bool IsDistrict => Level == "district";

    /// <summary>The district this unit is or lies in; null for a province.</summary>
    public string? DistrictCode => IsDistrict ? Code : IsCommune ? ParentCode : null;
}
