namespace GiaLaiIct.PressPublishing.Domain;

public enum BroadcastMedium
{
    Radio,
    Tv,
}
