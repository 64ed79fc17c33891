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
    private readonly List<Candidate> _candidates = [];

    private sealed record Candidate(string Id, PostalPointKind Kind, string Unit, PostalPointStatus Status, DateOnly OpenedOn, string? Operator);

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
        _candidates.Add(new Candidate(id!, kind!.Value, unit!, status!.Value, openedOn!.Value, operatorCode));
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var counts = new FileCounts { File = File };
        var stored = await db.PostalPoints.Where(p => p.ProvinceCode == scope.Province).ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken);
        var lastSequence = await db.PostalPointStatusChanges.Where(c => c.ProvinceCode == scope.Province)
            .GroupBy(c => c.PointId).Select(g => new { PointId = g.Key, Sequence = g.Max(c => c.Sequence) })
            .ToDictionaryAsync(x => x.PointId, x => x.Sequence, StringComparer.Ordinal, cancellationToken);
        foreach (var candidate in _candidates)
        {
            if (!stored.TryGetValue(candidate.Id, out var point))
            {
                db.PostalPoints.Add(new PostalServicePoint
                {
                    ProvinceCode = scope.Province, Id = candidate.Id, Name = candidate.Id, NameFolded = VietnameseText.Fold(candidate.Id),
                    Kind = candidate.Kind, UnitCode = candidate.Unit, Status = candidate.Status, OpenedOn = candidate.OpenedOn, OperatorCode = candidate.Operator,
                });
                db.PostalPointStatusChanges.Add(new PostalPointStatusChange
                {
                    ProvinceCode = scope.Province, PointId = candidate.Id, Sequence = 1, Status = candidate.Status, EffectiveOn = candidate.OpenedOn,
                });
                counts.Inserted++;
                continue;
            }
            if (point.Kind == candidate.Kind && point.UnitCode == candidate.Unit && point.Status == candidate.Status
                && point.OpenedOn == candidate.OpenedOn && point.OperatorCode == candidate.Operator)
            {
                counts.Unchanged++;
                continue;
            }
            if (point.Status != candidate.Status)
            {
                db.PostalPointStatusChanges.Add(new PostalPointStatusChange
                {
                    ProvinceCode = scope.Province, PointId = point.Id, Sequence = lastSequence.GetValueOrDefault(point.Id) + 1,
                    Status = candidate.Status, EffectiveOn = scope.Today,
                });
            }
            point.Kind = candidate.Kind;
            point.UnitCode = candidate.Unit;
            point.Status = candidate.Status;
            point.OpenedOn = candidate.OpenedOn;
            point.OperatorCode = candidate.Operator;
            counts.Updated++;
        }
        return counts;
    }
}
