using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Import;

/// <summary>
/// complaints.csv. An empty deadline_on takes the statutory deadline of the kind (<see cref="StatutoryDeadlines"/>).
/// Optional columns this service adds: summary, referred_on, extended_to with extension_reason, and
/// not_accepted_reason (a letter not accepted for handling).
/// </summary>
internal sealed class ComplaintsImport(InspectionDbContext db, InspectionImportScope scope)
    : DatasetFileImport(InspectionDatasetImport.ComplaintsFile,
        ["id", "kind", "field", "received_on", "deadline_on", "status"],
        ["resolved_on", "referred_to", "summary", "referred_on", "extended_to", "extension_reason", "not_accepted_reason"])
{
    private readonly List<Complaint> _candidates = [];

    protected override string KeyColumn => "id";

    protected override string? ReadRow(DatasetRow row)
    {
        var id = row.Required("id", 64);
        var kind = row.Enum<ComplaintKind>("kind");
        var field = row.Enum<InspectionField>("field");
        var receivedOn = row.Date("received_on");
        var deadlineOn = row.Date("deadline_on", required: false);
        var status = row.Enum<ComplaintStatus>("status");
        var resolvedOn = row.Date("resolved_on", required: false);
        var referredTo = row.Optional("referred_to");
        var referredOn = row.Date("referred_on", required: false);
        var extendedTo = row.Date("extended_to", required: false);
        var extensionReason = row.Optional("extension_reason");
        var summary = row.Optional("summary");
        var notAccepted = row.Optional("not_accepted_reason");
        if (receivedOn is { } received)
        {
            foreach (var (column, date) in new[] { ("deadline_on", deadlineOn), ("resolved_on", resolvedOn), ("referred_on", referredOn) })
            {
                if (date is { } d && d < received)
                {
                    row.Error(column, $"'{d:yyyy-MM-dd}' is before received_on ({received:yyyy-MM-dd})");
                }
            }
        }
        if (status == ComplaintStatus.Referred && referredTo is null)
        {
            row.Error("referred_to", "a referred letter names the body it was referred to");
        }
        if (status != ComplaintStatus.Referred && (referredTo is not null || referredOn is not null))
        {
            row.Error("referred_to", $"only a referred letter has referred_to and referred_on (status is {row.Optional("status")})");
        }
        if (status != ComplaintStatus.Resolved && resolvedOn is not null)
        {
            row.Error("resolved_on", $"only a resolved letter has resolved_on (status is {row.Optional("status")})");
        }
        if ((extendedTo is null) != (extensionReason is null))
        {
            row.Error(extendedTo is null ? "extended_to" : "extension_reason", "an extension has both its date and its reason");
        }
        if (row.HasErrors)
        {
            return id;
        }
        var letter = new Complaint
        {
            ProvinceCode = scope.Province, Id = id!, Kind = kind!.Value, Field = field!.Value, Summary = summary,
            SummaryFolded = summary is null ? null : VietnameseText.Fold(summary), ReceivedOn = receivedOn!.Value,
            DeadlineOn = deadlineOn ?? StatutoryDeadlines.DeadlineFor(kind.Value, receivedOn.Value), Status = ComplaintStatus.Open,
            NotAcceptedReason = notAccepted,
        };
        // The extension is checked by the letter's own rule, before it is closed.
        if (extendedTo is { } to && letter.Extend(to, extensionReason!) is { } problem)
        {
            row.Error("extended_to", problem);
            return id;
        }
        letter.Status = status!.Value;
        letter.ResolvedOn = resolvedOn;
        letter.ReferredTo = referredTo;
        letter.ReferredOn = referredOn;
        _candidates.Add(letter);
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Complaints.Where(c => c.ProvinceCode == scope.Province).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, c => c.Id, c => db.Complaints.Add(c), (row, c) =>
        {
            var changed = row.Kind != c.Kind || row.Field != c.Field || row.Summary != c.Summary || row.ReceivedOn != c.ReceivedOn
                || row.DeadlineOn != c.DeadlineOn || row.ExtendedTo != c.ExtendedTo || row.ExtensionReason != c.ExtensionReason
                || row.Status != c.Status || row.ResolvedOn != c.ResolvedOn || row.ReferredTo != c.ReferredTo || row.ReferredOn != c.ReferredOn
                || row.NotAcceptedReason != c.NotAcceptedReason;
            row.Kind = c.Kind;
            row.Field = c.Field;
            row.Summary = c.Summary;
            row.SummaryFolded = c.SummaryFolded;
            row.ReceivedOn = c.ReceivedOn;
            row.DeadlineOn = c.DeadlineOn;
            row.ExtendedTo = c.ExtendedTo;
            row.ExtensionReason = c.ExtensionReason;
            row.Status = c.Status;
            row.ResolvedOn = c.ResolvedOn;
            row.ReferredTo = c.ReferredTo;
            row.ReferredOn = c.ReferredOn;
            row.NotAcceptedReason = c.NotAcceptedReason;
            return changed;
        });
    }
}
