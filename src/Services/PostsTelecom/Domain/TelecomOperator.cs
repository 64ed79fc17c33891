using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>
/// A postal or telecom enterprise (doanh nghiệp: Viettel, VNPT, MobiFone, …). Operators are national, so
/// one list serves every province; stations and points name one by its code.
/// </summary>
public sealed class TelecomOperator : IVersioned
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameFolded { get; set; }
    public required OperatorField Field { get; set; }
    public long Version { get; set; }
}
