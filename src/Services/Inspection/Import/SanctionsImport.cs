using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Inspection.Relay;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Import;

/// <summary>
/// sanctions.csv, with the optional columns this service adds: remedial_measures, settled_on, comply_by (the last day
/// to comply; 10 days from decided_on without it, see <see cref="SanctionComplianceDeadline"/>), and referred_to — a row
/// naming the authority a case was referred to is a referred case (its decision_number the file's number, fine_vnd
/// the fine proposed, decided_on the day it was sent, status left empty), kept apart from decisions. A decision with
/// licence_number and licence_action gets its licence effect in the same transaction, sent once the import commits;
/// its licence must be held by a licence-issuing service or be in the same dataset's licences.csv, and neither the
/// licence, the action nor the date of a decision already recorded with one can change.
/// </summary>
internal sealed class SanctionsImport(InspectionDbContext db, InspectionImportScope scope)
    : DatasetFileImport(InspectionDatasetImport.SanctionsFile,
        ["decision_number", "inspection_id", "subject", "violation", "fine_vnd", "decided_on", "status"],
        ["confiscated", "licence_number", "licence_action", "remedial_measures", "settled_on", "referred_to", "comply_by"])
{
    private readonly List<(int Line, SanctionDecision Decision)> _decisions = [];
    private readonly List<ReferredCase> _referrals = [];

    /// <summary>Decisions that will have a licence effect, found by <see cref="StageAsync"/>.</summary>
    public int NewEffects { get; private set; }

    protected override string KeyColumn => "decision_number";

    protected override string? ReadRow(DatasetRow row)
    {
        var number = row.Required("decision_number", 64);
        var inspection = scope.Inspection(row, "inspection_id");
        var subject = row.Required("subject", 300);
        var violation = row.Required("violation", 1000);
        var fine = row.WholeNumber("fine_vnd");
        if (fine < 0)
        {
            row.Error("fine_vnd", $"must not be negative (got {fine})");
        }
        var decidedOn = row.Date("decided_on");
        var referredTo = row.Optional("referred_to");
        if (referredTo is not null)
        {
            return ReadReferral(row, number, inspection, subject, violation, fine, decidedOn, referredTo);
        }
        var status = row.Enum<SanctionStatus>("status");
        var settledOn = row.Date("settled_on", required: false);
        var complyBy = row.Date("comply_by", required: false);
        if (decidedOn is { } decided && complyBy is { } given && SanctionDecision.ComplyByProblem(decided, given) is { } late)
        {
            row.Error("comply_by", late);
        }
        var licence = row.Optional("licence_number");
        LicenceAction? action = null;
        if (licence is not null)
        {
            action = row.Enum<LicenceAction>("licence_action");
        }
        else if (row.Optional("licence_action") is not null)
        {
            row.Error("licence_action", "needs the licence_number it acts on");
        }
        var confiscated = row.Optional("confiscated");
        var remedial = row.Optional("remedial_measures");
        foreach (var (column, text) in new[] { ("confiscated", confiscated), ("remedial_measures", remedial), ("licence_number", licence) })
        {
            var max = column == "licence_number" ? 64 : 1000;
            if (text?.Length > max)
            {
                row.Error(column, $"must be at most {max} characters (got {text.Length})");
            }
        }
        if (row.HasErrors)
        {
            return number;
        }
        var decision = new SanctionDecision
        {
            ProvinceCode = scope.Province, Number = number!, InspectionId = inspection!, Subject = subject!, SubjectFolded = VietnameseText.Fold(subject!),
            Violation = violation!, FineVnd = fine!.Value, Confiscated = confiscated, RemedialMeasures = remedial, DecidedOn = decidedOn!.Value,
            ComplyBy = complyBy ?? SanctionComplianceDeadline.For(decidedOn.Value),
            Status = SanctionStatus.Issued, LicenceNumber = licence, LicenceAction = action,
        };
        if (status != SanctionStatus.Issued && decision.Settle(status!.Value, settledOn ?? decision.DecidedOn) is { } problem)
        {
            row.Error("settled_on", problem);
            return number;
        }
        _decisions.Add((row.Line, decision));
        return number;
    }

    private string? ReadReferral(DatasetRow row, string? number, string? inspection, string? subject, string? violation, long? fine, DateOnly? referredOn, string referredTo)
    {
        if (row.Optional("status") is not null)
        {
            row.Error("status", "a referred case is not a decision of this department: leave its status empty");
        }
        if (row.Optional("licence_number") is not null)
        {
            row.Error("licence_number", "a referred case does not act on a licence; the decision the competent authority takes does");
        }
        if (referredTo.Length > 300)
        {
            row.Error("referred_to", $"must be at most 300 characters (got {referredTo.Length})");
        }
        if (!row.HasErrors)
        {
            _referrals.Add(ReferredCase.Record(scope.Province, number!, new ReferralFacts(inspection!, subject!, violation!, fine!.Value, referredTo, referredOn!.Value)));
        }
        return number;
    }

    /// <summary>
    /// The checks that need more than the row: each licence named is in the dataset's licences.csv or held by a
    /// licence-issuing service (asked; one that does not answer makes the row an error, as it cannot be checked),
    /// and a decision already recorded keeps its licence, action and, with a licence, its date.
    /// </summary>
    public async Task CheckAsync(IReadOnlySet<string> datasetLicences, LicenceOwners owners, DatasetErrors errors, CancellationToken cancellationToken)
    {
        var stored = await db.Sanctions.AsNoTracking().Where(d => d.ProvinceCode == scope.Province)
            .ToDictionaryAsync(d => d.Number, StringComparer.Ordinal, cancellationToken);
        var referrals = await db.ReferredCases.AsNoTracking().Where(r => r.ProvinceCode == scope.Province).Select(r => r.Number).ToListAsync(cancellationToken);
        foreach (var (line, decision) in _decisions)
        {
            if (referrals.Contains(decision.Number))
            {
                errors.Add(File, line, "referred_to", $"'{decision.Number}' is recorded as a referred case; a referred case does not become a decision");
            }
            if (stored.TryGetValue(decision.Number, out var recorded))
            {
                if (recorded.LicenceNumber != decision.LicenceNumber || recorded.LicenceAction != decision.LicenceAction)
                {
                    errors.Add(File, line, "licence_number", $"decision {decision.Number} was recorded {Describe(recorded)}; the licence a decision acts on cannot change");
                }
                else if (recorded.LicenceNumber is not null && recorded.DecidedOn != decision.DecidedOn)
                {
                    errors.Add(File, line, "decided_on", $"decision {decision.Number} was sent to the licence's owner as of {recorded.DecidedOn:yyyy-MM-dd}; its date cannot change");
                }
            }
        }
        var storedReferralNumbers = stored.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var referral in _referrals.Where(r => storedReferralNumbers.Contains(r.Number)))
        {
            errors.Add(File, 0, "referred_to", $"'{referral.Number}' is recorded as a sanction decision; it cannot become a referred case");
        }

        var toAsk = _decisions.Where(d => d.Decision.LicenceNumber is { } number && !datasetLicences.Contains(number)
                && !(stored.TryGetValue(d.Decision.Number, out var recorded) && recorded.LicenceNumber == number))
            .ToList();
        var lookups = await Task.WhenAll(toAsk.Select(async d => (d.Line, d.Decision,
            Lookup: await owners.FindAsync(scope.Province, d.Decision.LicenceNumber!, headers: null, TimeSpan.FromSeconds(5), cancellationToken))));
        foreach (var (line, decision, lookup) in lookups)
        {
            if (lookup.HeldByNone)
            {
                errors.Add(File, line, "licence_number", $"licence '{decision.LicenceNumber}' is held by no licence-issuing service ({string.Join(", ", owners.Names)}) and is not in this dataset's licences.csv");
            }
            else if (lookup.Owner is null)
            {
                errors.Add(File, line, "licence_number", $"licence '{decision.LicenceNumber}' could not be checked ({string.Join("; ", lookup.Unreachable)}); import again when the licence services answer");
            }
        }
    }

    private static string Describe(SanctionDecision decision) => decision.LicenceNumber is null
        ? "without a licence effect"
        : $"to {WireNames.ToWire(decision.LicenceAction!.Value)} licence {decision.LicenceNumber}";

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Sanctions.Where(d => d.ProvinceCode == scope.Province).ToDictionaryAsync(d => d.Number, StringComparer.Ordinal, cancellationToken);
        var counts = Upsert(stored, _decisions.Select(d => d.Decision), d => d.Number, d =>
        {
            db.Sanctions.Add(d);
            if (d.NewEffect(scope.Now) is { } effect)
            {
                db.LicenceEffects.Add(effect);
                NewEffects++;
            }
        }, (row, c) =>
        {
            var changed = row.InspectionId != c.InspectionId || row.Subject != c.Subject || row.Violation != c.Violation || row.FineVnd != c.FineVnd
                || row.Confiscated != c.Confiscated || row.RemedialMeasures != c.RemedialMeasures || row.DecidedOn != c.DecidedOn
                || row.ComplyBy != c.ComplyBy || row.Status != c.Status || row.SettledOn != c.SettledOn;
            row.InspectionId = c.InspectionId;
            row.Subject = c.Subject;
            row.SubjectFolded = c.SubjectFolded;
            row.Violation = c.Violation;
            row.FineVnd = c.FineVnd;
            row.Confiscated = c.Confiscated;
            row.RemedialMeasures = c.RemedialMeasures;
            row.DecidedOn = c.DecidedOn;
            row.ComplyBy = c.ComplyBy;
            row.Status = c.Status;
            row.SettledOn = c.SettledOn;
            return changed;
        });
        var storedReferrals = await db.ReferredCases.Where(r => r.ProvinceCode == scope.Province).ToDictionaryAsync(r => r.Number, StringComparer.Ordinal, cancellationToken);
        var referralCounts = Upsert(storedReferrals, _referrals, r => r.Number, r => db.ReferredCases.Add(r), (row, c) => row.Take(c.Facts));
        counts.Inserted += referralCounts.Inserted;
        counts.Updated += referralCounts.Updated;
        counts.Unchanged += referralCounts.Unchanged;
        return counts;
    }
}
