namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>Ethnic languages the provincial and district stations broadcast in, besides Vietnamese (counted in the total).</summary>
public enum BroadcastLanguage
{
    Jrai,
    Bahnar,
    Khmer,
    XoDang,
    Ede,
    Mnong,
    Cham,
    Hmong,
    Thai,
    Other,
}
