using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>press_organisations.csv: name, kind; the optional unit, started_on and ended_on are this service's additions.</summary>
internal sealed class OrganisationsImport(PressPublishingDbContext db, PressImportScope scope)
    : DatasetFileImport(PressDatasetImport.OrganisationsFile, ["name", "kind"], ["unit", "started_on", "ended_on"])
{
    private readonly List<PressOrganisation> _candidates = [];

    protected override string KeyColumn => "name";

    protected override string? ReadRow(DatasetRow row)
    {
        var name = row.Required("name");
        var kind = row.Enum<PressOrganisationKind>("kind");
        var unit = scope.Unit(row, "unit", required: false);
        var started = row.Date("started_on", required: false);
        var ended = row.Date("ended_on", required: false);
        if (started is { } from && ended is { } to && to <= from)
        {
            row.Error("ended_on", $"'{to.ToWire()}' must be after started_on ({from.ToWire()})");
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new PressOrganisation
            {
                ProvinceCode = scope.Province, Name = name!, NameFolded = VietnameseText.Fold(name!), Kind = kind!.Value,
                UnitCode = unit, StartedOn = started, EndedOn = ended,
            });
        }
        return name;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Organisations.Where(o => o.ProvinceCode == scope.Province).ToDictionaryAsync(o => o.Name, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, o => o.Name, o => db.Organisations.Add(o), (row, candidate) =>
        {
            if (row.Kind == candidate.Kind && row.UnitCode == candidate.UnitCode && row.StartedOn == candidate.StartedOn && row.EndedOn == candidate.EndedOn)
            {
                return false;
            }
            row.Kind = candidate.Kind;
            row.UnitCode = candidate.UnitCode;
            row.StartedOn = candidate.StartedOn;
            row.EndedOn = candidate.EndedOn;
            return true;
        });
    }
}
