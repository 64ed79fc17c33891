using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Import;

/// <summary>postal_points.csv: id, kind, unit, status, opened_on, operator (optional). The file carries no names: a new point is named by its id.</summary>
internal sealed class PostalPointsImport(PostsTelecomDbContext db, ImportScope scope)
    : DatasetFileImport(TelecomDatasetImport.PostalPointsFile, ["id", "kind", "unit", "status", "opened_on"], ["operator"])
{
    private readonly List<PostalPointFacts> _candidates = [];

    protected override string KeyColumn => "id";

    protected override string? ReadRow(DatasetRow row)
    {
        var id = row.Required("id", 64);
        var kind = row.Enum<PostalPointKind>("kind");
        var unit = scope.Unit(row, "unit", communeOnly: true);
        var status = row.Enum<PostalPointStatus>("status");
        var openedOn = row.Date("opened_on");
        var operatorCode = scope.Operator(row, "operator", required: false);
        if (row.HasErrors)
        {
            return id;
        }
        _candidates.Add(new PostalPointFacts(scope.Province, id!, null, kind!.Value, unit!, status!.Value, openedOn!.Value, operatorCode));
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.PostalPoints.Where(p => p.ProvinceCode == scope.Province).ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken);
        var lastSequence = await db.PostalPointStatusChanges.Where(c => c.ProvinceCode == scope.Province)
            .GroupBy(c => c.PointId).Select(g => new { PointId = g.Key, Sequence = g.Max(c => c.Sequence) })
            .ToDictionaryAsync(x => x.PointId, x => x.Sequence, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, c => c.Id, candidate =>
        {
            db.PostalPoints.Add(PostalServicePoint.Open(candidate, out var first));
            db.PostalPointStatusChanges.Add(first);
        }, (point, candidate) =>
        {
            if (point.Says(candidate))
            {
                return false;
            }
            if (point.Restate(candidate, scope.Today, lastSequence.GetValueOrDefault(point.Id)) is { } change)
            {
                db.PostalPointStatusChanges.Add(change);
            }
            return true;
        });
    }
}
