using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PostsTelecom.Grpc;

/// <summary>Entities to their wire messages.</summary>
internal static class TelecomMapping
{
    public static V1.TelecomOperator ToMessage(this Domain.TelecomOperator telecomOperator) => new()
    {
        Code = telecomOperator.Code,
        Name = telecomOperator.Name,
        Field = WireNames.ToWire(telecomOperator.Field),
        Version = telecomOperator.Version,
    };

    public static V1.PostalPoint ToMessage(this PostalServicePoint point) => new()
    {
        Province = point.ProvinceCode,
        Id = point.Id,
        Name = point.Name,
        Kind = WireNames.ToWire(point.Kind),
        Unit = point.UnitCode,
        Status = WireNames.ToWire(point.Status),
        OpenedOn = point.OpenedOn.ToWire(),
        Operator = point.OperatorCode ?? string.Empty,
        Version = point.Version,
    };

    public static V1.BtsStation ToMessage(this BtsStation station) => new()
    {
        Province = station.ProvinceCode,
        Id = station.Id,
        Kind = WireNames.ToWire(station.Kind),
        Name = station.Name,
        Operator = station.OperatorCode,
        Unit = station.UnitCode,
        Technology = WireNames.ToWire(station.Technology),
        InServiceFrom = station.InServiceFrom.ToWire(),
        InServiceTo = station.InServiceTo?.ToWire() ?? string.Empty,
        Version = station.Version,
    };

    public static V1.TelecomLicence ToMessage(this TelecomLicence licence, DateOnly today) => new()
    {
        Province = licence.ProvinceCode,
        Number = licence.Number,
        Type = WireNames.ToWire(licence.Type),
        Holder = licence.Holder,
        Unit = licence.UnitCode,
        IssuedOn = licence.IssuedOn.ToWire(),
        ExpiresOn = licence.ExpiresOn?.ToWire() ?? string.Empty,
        Status = WireNames.ToWire(licence.StatusOn(today)),
        Version = licence.Version,
    };

    /// <summary>The public shape of the licence (API.md's licence lookup), its status as of <paramref name="today"/>.</summary>
    public static Licences.V1.LicenceSummary ToSummary(this TelecomLicence licence, DateOnly today) => new()
    {
        Number = licence.Number,
        Type = WireNames.ToWire(licence.Type),
        Holder = licence.Holder,
        Unit = licence.UnitCode,
        Status = WireNames.ToWire(licence.StatusOn(today)),
        IssuedOn = licence.IssuedOn.ToWire(),
        ExpiresOn = licence.ExpiresOn?.ToWire() ?? string.Empty,
    };

    public static V1.LicenceHistoryEntry ToMessage(this LicenceStatusChange change) => new()
    {
        Status = WireNames.ToWire(change.Status),
        EffectiveOn = change.EffectiveOn.ToWire(),
        DecisionNumber = change.DecisionNumber ?? string.Empty,
        Reason = change.Reason ?? string.Empty,
        ChangedBy = change.ChangedBy,
    };

    public static V1.SanctionOutcome ToMessage(this SanctionApplication application) => new()
    {
        Province = application.ProvinceCode,
        DecisionNumber = application.DecisionNumber,
        LicenceNumber = application.LicenceNumber,
        Action = WireNames.ToWire(application.Action),
        DecidedOn = application.DecidedOn.ToWire(),
        ResultingStatus = WireNames.ToWire(application.ResultingStatus),
        AppliedAt = AppliedAtText(application),
    };

    public static Licences.V1.SanctionEffectOutcome ToEffectOutcome(this SanctionApplication application) => new()
    {
        DecisionNumber = application.DecisionNumber,
        LicenceNumber = application.LicenceNumber,
        Action = WireNames.ToWire(application.Action),
        ResultingStatus = WireNames.ToWire(application.ResultingStatus),
        AppliedAt = AppliedAtText(application),
    };

    private static string AppliedAtText(SanctionApplication application) =>
        application.AppliedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static V1.BcciCount ToMessage(this BcciDossierCount count) => new()
    {
        Province = count.ProvinceCode,
        Unit = count.UnitCode,
        Month = count.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DossiersReceived = count.DossiersReceived,
        ResultsReturned = count.ResultsReturned,
        Version = count.Version,
    };
}
