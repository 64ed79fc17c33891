namespace GiaLaiIct.PressPublishing.Domain;

public enum CommuneRadioStatus
{
    Active,
    Broken,
}
