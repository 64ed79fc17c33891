namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>Kinds of information-security incident (DATASET-FORMAT.md incidents.csv).</summary>
public enum IncidentType
{
    /// <summary>An attack exploiting a vulnerability (tấn công khai thác lỗ hổng bảo mật).</summary>
    Exploit,
    Ddos,
    Malware,
    Phishing,
    Defacement,
    Other,
}
