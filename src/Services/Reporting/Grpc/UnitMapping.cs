using GiaLaiIct.Reporting.Domain;

namespace GiaLaiIct.Reporting.Grpc;

internal static class UnitMapping
{
    public static V1.AdministrativeUnit ToMessage(this AdministrativeUnit unit)
    {
        var message = new V1.AdministrativeUnit
        {
            Code = unit.Code,
            Name = unit.Name,
            Level = unit.Level.ToString().ToLowerInvariant(),
            Type = unit.Type,
            ParentCode = unit.ParentCode ?? string.Empty,
            ProvinceCode = unit.ProvinceCode,
            Version = unit.Version,
        };
        if (unit.Population is { } population)
        {
            message.Population = population;
        }
        if (unit.AreaKm2 is { } area)
        {
            message.AreaKm2 = area;
        }
        return message;
    }
}
