namespace GiaLaiIct.Inspection.Domain;

/// <summary>Who leads an inspection.</summary>
public enum InspectionLead
{
    /// <summary>Thanh tra Sở.</summary>
    Department,
    /// <summary>A district culture and information office (Phòng VHTT).</summary>
    District,
    /// <summary>The inter-agency team against piracy (Đội liên ngành).</summary>
    AntiPiracyTeam,
}
