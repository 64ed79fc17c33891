using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>communication_work.csv (an addition to DATASET-FORMAT.md): id, kind, topic, title, held_on, unit, quantity, trainees.</summary>
internal sealed class CommunicationWorkImport(PressPublishingDbContext db, PressImportScope scope)
    : DatasetFileImport(PressDatasetImport.CommunicationWorkFile, ["id", "kind", "title", "held_on", "unit", "quantity"], ["topic", "trainees"])
{
    private readonly List<CommunicationWork> _candidates = [];

    protected override string KeyColumn => "id";

    protected override string? ReadRow(DatasetRow row)
    {
        var id = row.Required("id", 64);
        var kind = row.Enum<CommunicationWorkKind>("kind");
        var topic = row.Optional("topic") is null ? CommunicationTopic.General : row.Enum<CommunicationTopic>("topic");
        var title = row.Required("title", 500);
        var heldOn = row.Date("held_on");
        var unit = scope.Unit(row, "unit");
        var quantity = PressImportScope.NotNegative(row, "quantity");
        var trainees = PressImportScope.NotNegative(row, "trainees", required: false) ?? 0;
        if (quantity > int.MaxValue || trainees > int.MaxValue)
        {
            row.Error(quantity > int.MaxValue ? "quantity" : "trainees", "is too large");
        }
        if (kind is { } k && CommunicationWork.TraineesRefused(k, (int)Math.Min(trainees, int.MaxValue)) is { } problem)
        {
            row.Error("trainees", problem);
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new CommunicationWork
            {
                ProvinceCode = scope.Province, Id = id!, Kind = kind!.Value, Topic = topic!.Value, Title = title!, TitleFolded = VietnameseText.Fold(title!),
                HeldOn = heldOn!.Value, UnitCode = unit!, Quantity = (int)quantity!.Value, Trainees = (int)trainees,
            });
        }
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.CommunicationWork.Where(w => w.ProvinceCode == scope.Province).ToDictionaryAsync(w => w.Id, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, w => w.Id, w => db.CommunicationWork.Add(w), (row, candidate) =>
        {
            if (row.Kind == candidate.Kind && row.Topic == candidate.Topic && row.Title == candidate.Title && row.HeldOn == candidate.HeldOn
                && row.UnitCode == candidate.UnitCode && row.Quantity == candidate.Quantity && row.Trainees == candidate.Trainees)
            {
                return false;
            }
            row.Kind = candidate.Kind;
            row.Topic = candidate.Topic;
            row.Title = candidate.Title;
            row.TitleFolded = candidate.TitleFolded;
            row.HeldOn = candidate.HeldOn;
            row.UnitCode = candidate.UnitCode;
            row.Quantity = candidate.Quantity;
            row.Trainees = candidate.Trainees;
            return true;
        });
    }
}
