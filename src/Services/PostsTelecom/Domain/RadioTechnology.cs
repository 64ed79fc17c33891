using System.Runtime.Serialization;

namespace GiaLaiIct.PostsTelecom.Domain;

public enum RadioTechnology
{
    [EnumMember(Value = "2G")] G2,
    [EnumMember(Value = "3G")] G3,
    [EnumMember(Value = "4G")] G4,
    [EnumMember(Value = "5G")] G5,
}
