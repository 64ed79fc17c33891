using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>
/// online_services.csv: code, name, agency_code, agency_name, level (1–4), effective_from, effective_to (optional);
/// IT adds the optional unit (default: the agency's unit when registered, else the province) and level_changed_on
/// (the day a level that differs from the stored one took effect; the import day when empty).
/// </summary>
internal sealed class OnlineServicesImport(InformationTechnologyDbContext db, ItImportScope scope)
    : DatasetFileImport(ItDatasetImport.OnlineServicesFile, ["code", "name", "agency_code", "agency_name", "level", "effective_from"], ["effective_to", "unit", "level_changed_on"])
{
    private readonly List<(OnlinePublicService Service, DateOnly LevelChangedOn)> _candidates = [];

    protected override string KeyColumn => "code";

    protected override string? ReadRow(DatasetRow row)
    {
        var code = row.Required("code", 64);
        var name = row.Required("name", 500);
        var agencyCode = row.Required("agency_code", 64);
        var agencyName = row.Required("agency_name");
        var level = row.WholeNumber("level");
        if (level is < OnlinePublicService.MinLevel or > OnlinePublicService.MaxLevel)
        {
            row.Error("level", $"must be between 1 and 4 (got {level})");
        }
        var from = row.Date("effective_from");
        var to = row.Date("effective_to", required: false);
        if (from is { } start && to is { } end && end < start)
        {
            row.Error("effective_to", $"'{end.ToWire()}' is before effective_from ({start.ToWire()})");
        }
        var unitCode = row.Optional("unit") is null
            ? (agencyCode is null ? null : scope.AgencyUnit(agencyCode)) ?? scope.Province
            : scope.Unit(row, "unit", required: false)?.Code;
        var changedOn = row.Date("level_changed_on", required: false);
        if (row.HasErrors)
        {
            return code;
        }
        var service = new OnlinePublicService
        {
            ProvinceCode = scope.Province, Code = code!, Name = name!, NameFolded = VietnameseText.Fold(name!), AgencyCode = agencyCode!, AgencyName = agencyName!,
            UnitCode = unitCode!, Level = (int)level!.Value, EffectiveFrom = from!.Value, EffectiveTo = to,
        };
        var effectiveOn = changedOn ?? scope.Today;
        if (scope.StoredServices.TryGetValue(service.Code, out var stored) && stored.Level != service.Level)
        {
            // The history's rule, on a copy of the stored service, says whether the change may take effect that day.
            var probe = new OnlinePublicService
            {
                ProvinceCode = scope.Province, Code = service.Code, Name = service.Name, NameFolded = service.NameFolded, AgencyCode = service.AgencyCode,
                AgencyName = service.AgencyName, Level = stored.Level, EffectiveFrom = service.EffectiveFrom,
            };
            probe.ChangeLevel(service.Level, effectiveOn, stored.LastChange, out var problem);
            if (problem is not null)
            {
                row.Error(changedOn is null ? "level" : "level_changed_on", problem);
                return code;
            }
        }
        _candidates.Add((service, effectiveOn));
        return code;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var counts = new FileCounts { File = File };
        var stored = await db.OnlineServices.Where(s => s.ProvinceCode == scope.Province).ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var (candidate, levelChangedOn) in _candidates)
        {
            if (!stored.TryGetValue(candidate.Code, out var service))
            {
                db.OnlineServices.Add(candidate);
                db.OnlineServiceLevelChanges.Add(candidate.FirstLevel());
                counts.Inserted++;
                continue;
            }
            if (service.Name == candidate.Name && service.AgencyCode == candidate.AgencyCode && service.AgencyName == candidate.AgencyName
                && service.UnitCode == candidate.UnitCode && service.Level == candidate.Level && service.EffectiveFrom == candidate.EffectiveFrom
                && service.EffectiveTo == candidate.EffectiveTo)
            {
                counts.Unchanged++;
                continue;
            }
            service.EffectiveFrom = candidate.EffectiveFrom;
            if (service.ChangeLevel(candidate.Level, levelChangedOn, scope.StoredServices.GetValueOrDefault(service.Code).LastChange, out _) is { } change)
            {
                db.OnlineServiceLevelChanges.Add(change);
            }
            service.Name = candidate.Name;
            service.NameFolded = candidate.NameFolded;
            service.AgencyCode = candidate.AgencyCode;
            service.AgencyName = candidate.AgencyName;
            service.UnitCode = candidate.UnitCode;
            service.EffectiveTo = candidate.EffectiveTo;
            counts.Updated++;
        }
        return counts;
    }
}
