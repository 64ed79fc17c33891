namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>Who owns a website or portal (seed 000: Đảng, hội, đoàn thể; cơ quan nhà nước; doanh nghiệp; báo điện tử).</summary>
public enum WebsiteOwnerKind
{
    Party,
    State,
    Enterprise,
    Press,
}
