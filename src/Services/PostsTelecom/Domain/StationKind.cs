namespace GiaLaiIct.PostsTelecom.Domain;

public enum StationKind
{
    /// <summary>Base transceiver station (trạm thu phát sóng).</summary>
    Bts,
    /// <summary>Base station controller (trạm điều khiển).</summary>
    Bsc,
}
