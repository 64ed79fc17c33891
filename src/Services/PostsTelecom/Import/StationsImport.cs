using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Import;

/// <summary>bts.csv: id, kind, operator, unit, technology, in_service_from, in_service_to (optional). A new station is named by its id.</summary>
internal sealed class StationsImport(PostsTelecomDbContext db, ImportScope scope)
    : DatasetFileImport(TelecomDatasetImport.StationsFile, ["id", "kind", "operator", "unit", "technology", "in_service_from"], ["in_service_to"])
{
    private readonly List<StationFacts> _candidates = [];

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
        if (BtsStation.PeriodProblem(from, to, "in_service_from") is { } periodProblem)
        {
            row.Error("in_service_to", periodProblem);
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new StationFacts(scope.Province, id!, kind!.Value, null, operatorCode!, unit!, technology!.Value, from!.Value, to));
        }
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Stations.Where(s => s.ProvinceCode == scope.Province).ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, c => c.Id, c => db.Stations.Add(BtsStation.Record(c)), (station, candidate) => station.Take(candidate));
    }
}
