namespace GiaLaiIct.Inspection.Domain;

/// <summary>What a sanction decision does to a licence of the subject (tước quyền sử dụng giấy phép: suspend; thu hồi: revoke).</summary>
public enum LicenceAction
{
    Suspend,
    Revoke,
}
