using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Import;

/// <summary>bts.csv: id, kind, operator, unit, technology, in_service_from, in_service_to (optional). A new station is named by its id.</summary>
internal sealed class StationsImport(PostsTelecomDbContext db, ImportScope scope)
    : DatasetFileImport(TelecomDatasetImport.StationsFile, ["id", "kind", "operator", "unit", "technology", "in_service_from"], ["in_service_to"])
{
    private readonly List<Candidate> _candidates = [];

    private sealed record Candidate(string Id, StationKind Kind, string Operator, string Unit, RadioTechnology Technology, DateOnly From, DateOnly? To);

    protected override string KeyColumn => "id";

    protected override string? ReadRow(DatasetRow row)
    {
        var id = row.Required("id", 64);
        var kind = row.Enum<StationKind>("kind");
        var operatorCode = scope.Operator(row, "operator", required: true);
        var unit = scope.Unit(row, "unit", communeOnly: true);
        var technology = row.Enum<RadioTechnology>("technology");
        var from = row.Date("in_service_from");
        var to = row.Date("in_service_to", required: false);
        if (from is { } start && to is { } end && end <= start)
        {
            row.Error("in_service_to", $"'{end.ToWire()}' must be after in_service_from ({start.ToWire()})");
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new Candidate(id!, kind!.Value, operatorCode!, unit!, technology!.Value, from!.Value, to));
        }
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var counts = new FileCounts { File = File };
        var stored = await db.Stations.Where(s => s.ProvinceCode == scope.Province).ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var candidate in _candidates)
        {
            if (!stored.TryGetValue(candidate.Id, out var station))
            {
                db.Stations.Add(new BtsStation
                {
                    ProvinceCode = scope.Province, Id = candidate.Id, Kind = candidate.Kind, Name = candidate.Id, NameFolded = VietnameseText.Fold(candidate.Id),
                    OperatorCode = candidate.Operator, UnitCode = candidate.Unit, Technology = candidate.Technology, InServiceFrom = candidate.From, InServiceTo = candidate.To,
                });
                counts.Inserted++;
            }
            else if (station.Kind == candidate.Kind && station.OperatorCode == candidate.Operator && station.UnitCode == candidate.Unit
                && station.Technology == candidate.Technology && station.InServiceFrom == candidate.From && station.InServiceTo == candidate.To)
            {
                counts.Unchanged++;
            }
            else
            {
                station.Kind = candidate.Kind;
                station.OperatorCode = candidate.Operator;
                station.UnitCode = candidate.Unit;
                station.Technology = candidate.Technology;
                station.InServiceFrom = candidate.From;
                station.InServiceTo = candidate.To;
                counts.Updated++;
            }
        }
        return counts;
    }
}
