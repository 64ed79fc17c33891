using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Reporting.Domain;

/// <summary>A legal or directive document the department advised on or issued, e.g. 468/QĐ-UBND.</summary>
public sealed class DirectiveDocument : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public DateOnly IssuedOn { get; set; }
    public required string Issuer { get; set; }
    public required string Title { get; set; }
    /// <summary>Number and title without diacritics, lower case, for search.</summary>
    public required string SearchText { get; set; }
    public long Version { get; set; }
}
