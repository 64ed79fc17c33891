namespace GiaLaiIct.Reporting.Domain;

/// <summary>Level of an administrative unit in the tree province → district → commune.</summary>
public enum UnitLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
}
