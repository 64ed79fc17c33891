using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>The radio station of one commune (đài truyền thanh cơ sở), keyed by the commune.</summary>
public sealed class CommuneRadioStation : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string UnitCode { get; init; }
    public required CommuneRadioKind Kind { get; set; }
    public required CommuneRadioStatus Status { get; set; }
    public required DateOnly InstalledOn { get; set; }
    public long Version { get; set; }

    /// <summary>What PRESS.COMMUNE_RADIO counts: a wireless station installed by <paramref name="date"/> and working.</summary>
    public bool IsWorkingWirelessOn(DateOnly date) => Kind == CommuneRadioKind.Wireless && Status == CommuneRadioStatus.Active && InstalledOn <= date;
}
