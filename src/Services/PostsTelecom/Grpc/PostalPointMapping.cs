using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Text;

namespace GiaLaiIct.PostsTelecom.Grpc;

internal static class PostalPointMapping
{
    public static V1.PostalPoint ToMessage(this PostalServicePoint point) => new()
    {
        Province = point.ProvinceCode,
        Id = point.Id,
        Name = point.Name,
        Kind = WireNames.ToWire(point.Kind),
        Unit = point.UnitCode,
        Status = WireNames.ToWire(point.Status),
        OpenedOn = point.OpenedOn.ToWire(),
        Operator = point.Operator ?? string.Empty,
        Version = point.Version,
    };
}
