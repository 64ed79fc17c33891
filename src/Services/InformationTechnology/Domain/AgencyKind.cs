namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>What kind of body an agency is: the owners of online services and one-stop desks.</summary>
public enum AgencyKind
{
    /// <summary>Sở, or a body ranked with one (Công an tỉnh).</summary>
    Department,
    /// <summary>Ban (Ban Quản lý Khu kinh tế, Ban Thi đua - Khen thưởng, Ban Dân tộc).</summary>
    Board,
    /// <summary>UBND of a district, town or city.</summary>
    DistrictCommittee,
    /// <summary>UBND of a commune, ward or township.</summary>
    CommuneCommittee,
    Other,
}
