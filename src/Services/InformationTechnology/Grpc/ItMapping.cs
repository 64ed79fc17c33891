using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.InformationTechnology.Grpc;

/// <summary>Entities to their wire messages.</summary>
internal static class ItMapping
{
    public static V1.Agency ToMessage(this Agency agency) => new()
    {
        Province = agency.ProvinceCode,
        Code = agency.Code,
        Name = agency.Name,
        Kind = WireNames.ToWire(agency.Kind),
        Unit = agency.UnitCode,
        Procedures = agency.Procedures,
        Version = agency.Version,
    };

    public static V1.OnlineService ToMessage(this OnlinePublicService service) => new()
    {
        Province = service.ProvinceCode,
        Code = service.Code,
        Name = service.Name,
        AgencyCode = service.AgencyCode,
        AgencyName = service.AgencyName,
        Level = service.Level,
        EffectiveFrom = service.EffectiveFrom.ToWire(),
        EffectiveTo = service.EffectiveTo?.ToWire() ?? string.Empty,
        Unit = service.UnitCode,
        Version = service.Version,
    };

    public static V1.Deployment ToMessage(this OneStopDeployment deployment) => new()
    {
        Province = deployment.ProvinceCode,
        Unit = deployment.UnitCode,
        Agency = deployment.AgencyCode,
        DeployedOn = deployment.DeployedOn.ToWire(),
        Version = deployment.Version,
    };

    public static V1.DossierCount ToMessage(this DossierCount count)
    {
        var message = new V1.DossierCount
        {
            Province = count.ProvinceCode, Unit = count.UnitCode, Period = count.Period, Received = count.Received, Resolved = count.Resolved, Version = count.Version,
        };
        // Optional figures stay absent on the wire when not reported.
        if (count.ReceivedOnline is { } online) { message.ReceivedOnline = online; }
        if (count.ReceivedDirect is { } direct) { message.ReceivedDirect = direct; }
        if (count.ResolvedOnTime is { } onTime) { message.ResolvedOnTime = onTime; }
        if (count.ResolvedLate is { } late) { message.ResolvedLate = late; }
        if (count.Pending is { } pending) { message.Pending = pending; }
        if (count.Apologies is { } apologies) { message.Apologies = apologies; }
        return message;
    }

    public static V1.EGovernmentFigures ToMessage(this EGovernmentRecord record)
    {
        var message = new V1.EGovernmentFigures { Province = record.ProvinceCode, Unit = record.UnitCode, Period = record.Period, Version = record.Version };
        // Figures not reported stay absent on the wire.
        var figures = record.Figures;
        if (figures.MailAccounts is { } accounts) { message.MailAccounts = accounts; }
        if (figures.MailCreated is { } created) { message.MailCreated = created; }
        if (figures.MailRemoved is { } removed) { message.MailRemoved = removed; }
        if (figures.DocumentUsers is { } users) { message.DocumentUsers = users; }
        if (figures.DocumentsExchanged is { } exchanged) { message.DocumentsExchanged = exchanged; }
        if (figures.VideoMeetings is { } meetings) { message.VideoMeetings = meetings; }
        if (figures.CertificatesOrganisation is { } organisations) { message.CertificatesOrganisation = organisations; }
        if (figures.CertificatesIndividual is { } individuals) { message.CertificatesIndividual = individuals; }
        if (figures.TrainingClasses is { } classes) { message.TrainingClasses = classes; }
        if (figures.TrainingAttendees is { } attendees) { message.TrainingAttendees = attendees; }
        return message;
    }

    public static V1.Incident ToMessage(this SecurityIncident incident) => new()
    {
        Province = incident.ProvinceCode,
        Id = incident.Id,
        Type = WireNames.ToWire(incident.Type),
        DetectedAt = IncidentTime.ToWire(incident.DetectedAt),
        HandledAt = incident.HandledAt is { } handled ? IncidentTime.ToWire(handled) : string.Empty,
        Unit = incident.UnitCode,
        Description = incident.Description ?? string.Empty,
        Version = incident.Version,
    };

    public static V1.Website ToMessage(this Website website) => new()
    {
        Province = website.ProvinceCode,
        Domain = website.Domain,
        OwnerKind = WireNames.ToWire(website.OwnerKind),
        OwnerName = website.OwnerName,
        RegisteredOn = website.RegisteredOn.ToWire(),
        Unit = website.UnitCode,
        ClosedOn = website.ClosedOn?.ToWire() ?? string.Empty,
        GovernmentDomain = website.IsGovernmentDomain,
        Version = website.Version,
    };
}
