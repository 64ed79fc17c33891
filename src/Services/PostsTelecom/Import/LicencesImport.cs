using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Import;

/// <summary>
/// The rows of licences.csv whose type this service issues (internet_agent, game_point, frequency); rows of other
/// types belong to Press &amp; Publishing and are left to it. A status that differs from the stored one is
/// recorded in the licence's history as of the import day — except on a licence a sanction decision suspended or
/// revoked: that status came after the register the dataset was made from, so the licence keeps it (its other
/// columns still update) and importing the same dataset again changes nothing. Only a status change through the
/// API moves such a licence on.
/// </summary>
internal sealed class LicencesImport(PostsTelecomDbContext db, ImportScope scope)
    : DatasetFileImport(TelecomDatasetImport.LicencesFile, ["number", "type", "holder", "unit", "issued_on", "status"], ["expires_on"])
{
    private readonly List<Candidate> _candidates = [];

    private sealed record Candidate(LicenceFacts Facts, LicenceStatus Status);

    protected override string KeyColumn => "number";

    protected override string? ReadRow(DatasetRow row)
    {
        if (!EnumeratedValues.Of<LicenceType>().TryMatch(row.Optional("type"), out var type))
        {
            return null;
        }
        var number = row.Required("number", 64);
        var holder = row.Required("holder");
        var unit = scope.Unit(row, "unit", communeOnly: false);
        var issuedOn = row.Date("issued_on");
        var expiresOn = row.Date("expires_on", required: false);
        var status = row.Enum<LicenceStatus>("status");
        if (TelecomLicence.ExpiryProblem(issuedOn, expiresOn, "issued_on") is { } expiryProblem)
        {
            row.Error("expires_on", expiryProblem);
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new Candidate(new LicenceFacts(scope.Province, number!, type, holder!, unit!, issuedOn!.Value, expiresOn), status!.Value));
        }
        return number;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Licences.Where(l => l.ProvinceCode == scope.Province).ToDictionaryAsync(l => l.Number, StringComparer.Ordinal, cancellationToken);
        var lastSequence = await db.LicenceStatusChanges.Where(c => c.ProvinceCode == scope.Province)
            .GroupBy(c => c.LicenceNumber).Select(g => new { Number = g.Key, Sequence = g.Max(c => c.Sequence) })
            .ToDictionaryAsync(x => x.Number, x => x.Sequence, StringComparer.Ordinal, cancellationToken);
        var sanctioned = (await db.SanctionApplications.Where(a => a.ProvinceCode == scope.Province).Select(a => a.LicenceNumber)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return Upsert(stored, _candidates, c => c.Facts.Number, candidate =>
        {
            db.Licences.Add(TelecomLicence.Record(candidate.Facts, candidate.Status, ImportReason, scope.ClientId, out var first));
            db.LicenceStatusChanges.Add(first);
        }, (licence, candidate) =>
        {
            var status = sanctioned.Contains(licence.Number) ? licence.Status : candidate.Status;
            if (licence.Says(candidate.Facts) && licence.Status == status)
            {
                return false;
            }
            licence.Correct(candidate.Facts);
            if (licence.Restate(status, scope.Today, lastSequence.GetValueOrDefault(licence.Number), ImportReason, scope.ClientId) is { } change)
            {
                db.LicenceStatusChanges.Add(change);
            }
            return true;
        });
    }

    private const string ImportReason = "dataset import";
}
