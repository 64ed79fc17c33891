using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PressPublishing.Grpc;

/// <summary>Entities to their wire messages.</summary>
internal static class PressMapping
{
    public static V1.PressOrganisation ToMessage(this PressOrganisation organisation) => new()
    {
        Province = organisation.ProvinceCode,
        Name = organisation.Name,
        Kind = WireNames.ToWire(organisation.Kind),
        Unit = organisation.UnitCode ?? organisation.ProvinceCode,
        StartedOn = organisation.StartedOn?.ToWire() ?? string.Empty,
        EndedOn = organisation.EndedOn?.ToWire() ?? string.Empty,
        Version = organisation.Version,
    };

    public static V1.PressPermit ToMessage(this PressPermit permit, DateOnly today) => new()
    {
        Province = permit.ProvinceCode,
        Number = permit.Number,
        Type = WireNames.ToWire(permit.Type),
        Holder = permit.Holder,
        Unit = permit.UnitCode,
        AppliedOn = permit.AppliedOn?.ToWire() ?? string.Empty,
        IssuedOn = permit.IssuedOn?.ToWire() ?? string.Empty,
        ExpiresOn = permit.ExpiresOn?.ToWire() ?? string.Empty,
        Status = WireNames.ToWire(permit.StatusOn(today)),
        Version = permit.Version,
    };

    public static V1.PermitHistoryEntry ToMessage(this PermitStatusChange change) => new()
    {
        Status = WireNames.ToWire(change.Status),
        EffectiveOn = change.EffectiveOn.ToWire(),
        DecisionNumber = change.DecisionNumber ?? string.Empty,
        Reason = change.Reason ?? string.Empty,
        ChangedBy = change.ChangedBy,
    };

    public static V1.DepositCheck ToMessage(this DepositCheck check) => new()
    {
        Province = check.ProvinceCode,
        Id = check.Id,
        CheckedOn = check.CheckedOn.ToWire(),
        Title = check.Title,
        Result = WireNames.ToWire(check.Result),
        ViolationsFound = check.ViolationsFound,
        Version = check.Version,
    };

    public static V1.BroadcastHours ToMessage(this BroadcastHours hours)
    {
        var message = new V1.BroadcastHours
        {
            Province = hours.ProvinceCode,
            Station = hours.Station,
            Medium = WireNames.ToWire(hours.Medium),
            Period = hours.Period,
            Language = hours.LanguageKey,
            Unit = hours.UnitCode,
            Hours = hours.Hours,
            Version = hours.Version,
        };
        if (hours.PlanHours is { } plan)
        {
            message.PlanHours = plan;
        }
        return message;
    }

    public static V1.PrintingOutput ToMessage(this PrintingOutput output)
    {
        var message = new V1.PrintingOutput
        {
            Province = output.ProvinceCode,
            Facility = output.Facility,
            Period = output.Period,
            Unit = output.UnitCode,
            Pages = output.Pages,
            RevenueVnd = output.RevenueVnd,
            Version = output.Version,
        };
        if (output.PlanPages is { } pages)
        {
            message.PlanPages = pages;
        }
        if (output.PlanRevenueVnd is { } revenue)
        {
            message.PlanRevenueVnd = revenue;
        }
        return message;
    }

    public static V1.CommuneRadio ToMessage(this CommuneRadioStation station) => new()
    {
        Province = station.ProvinceCode,
        Unit = station.UnitCode,
        Kind = WireNames.ToWire(station.Kind),
        Status = WireNames.ToWire(station.Status),
        InstalledOn = station.InstalledOn.ToWire(),
        Version = station.Version,
    };

    public static V1.CommunicationWork ToMessage(this CommunicationWork work) => new()
    {
        Province = work.ProvinceCode,
        Id = work.Id,
        Kind = WireNames.ToWire(work.Kind),
        Topic = WireNames.ToWire(work.Topic),
        Title = work.Title,
        HeldOn = work.HeldOn.ToWire(),
        Unit = work.UnitCode,
        Quantity = work.Quantity,
        Trainees = work.Trainees,
        Version = work.Version,
    };

    public static Licences.V1.LicenceSummary ToSummary(this PressPermit permit, DateOnly today) => new()
    {
        Number = permit.Number,
        Type = WireNames.ToWire(permit.Type),
        Holder = permit.Holder,
        Unit = permit.UnitCode,
        Status = WireNames.ToWire(permit.StatusOn(today)),
        IssuedOn = permit.IssuedOn?.ToWire() ?? string.Empty,
        ExpiresOn = permit.ExpiresOn?.ToWire() ?? string.Empty,
    };

    public static Licences.V1.SanctionEffectOutcome ToMessage(this PermitSanction sanction) => new()
    {
        DecisionNumber = sanction.DecisionNumber,
        LicenceNumber = sanction.PermitNumber,
        Action = WireNames.ToWire(sanction.Action),
        ResultingStatus = WireNames.ToWire(sanction.ResultingStatus),
        AppliedAt = sanction.AppliedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
    };
}
