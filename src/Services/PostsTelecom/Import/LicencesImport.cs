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

    private sealed record Candidate(string Number, LicenceType Type, string Holder, string Unit, DateOnly IssuedOn, DateOnly? ExpiresOn, LicenceStatus Status);

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
        if (issuedOn is { } issued && expiresOn is { } expires && expires < issued)
        {
            row.Error("expires_on", $"'{expires.ToWire()}' is before issued_on ({issued.ToWire()})");
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new Candidate(number!, type, holder!, unit!, issuedOn!.Value, expiresOn, status!.Value));
        }
        return number;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var counts = new FileCounts { File = File };
        var stored = await db.Licences.Where(l => l.ProvinceCode == scope.Province).ToDictionaryAsync(l => l.Number, StringComparer.Ordinal, cancellationToken);
        var lastSequence = await db.LicenceStatusChanges.Where(c => c.ProvinceCode == scope.Province)
            .GroupBy(c => c.LicenceNumber).Select(g => new { Number = g.Key, Sequence = g.Max(c => c.Sequence) })
            .ToDictionaryAsync(x => x.Number, x => x.Sequence, StringComparer.Ordinal, cancellationToken);
        var sanctioned = (await db.SanctionApplications.Where(a => a.ProvinceCode == scope.Province).Select(a => a.LicenceNumber)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in _candidates)
        {
            if (!stored.TryGetValue(candidate.Number, out var licence))
            {
                db.Licences.Add(new TelecomLicence
                {
                    ProvinceCode = scope.Province, Number = candidate.Number, Type = candidate.Type, Holder = candidate.Holder,
                    HolderFolded = VietnameseText.Fold(candidate.Holder), UnitCode = candidate.Unit, IssuedOn = candidate.IssuedOn,
                    ExpiresOn = candidate.ExpiresOn, Status = candidate.Status,
                });
                db.LicenceStatusChanges.Add(History(candidate.Number, 1, candidate.Status, candidate.IssuedOn));
                counts.Inserted++;
                continue;
            }
            var status = sanctioned.Contains(licence.Number) ? licence.Status : candidate.Status;
            if (licence.Type == candidate.Type && licence.Holder == candidate.Holder && licence.UnitCode == candidate.Unit
                && licence.IssuedOn == candidate.IssuedOn && licence.ExpiresOn == candidate.ExpiresOn && licence.Status == status)
            {
                counts.Unchanged++;
                continue;
            }
            if (licence.Status != status)
            {
                db.LicenceStatusChanges.Add(History(licence.Number, lastSequence.GetValueOrDefault(licence.Number) + 1, status, scope.Today));
            }
            licence.Type = candidate.Type;
            licence.Holder = candidate.Holder;
            licence.HolderFolded = VietnameseText.Fold(candidate.Holder);
            licence.UnitCode = candidate.Unit;
            licence.IssuedOn = candidate.IssuedOn;
            licence.ExpiresOn = candidate.ExpiresOn;
            licence.Status = status;
            counts.Updated++;
        }
        return counts;
    }

    private LicenceStatusChange History(string number, int sequence, LicenceStatus status, DateOnly effectiveOn) => new()
    {
        ProvinceCode = scope.Province, LicenceNumber = number, Sequence = sequence, Status = status, EffectiveOn = effectiveOn,
        Reason = "dataset import", ChangedBy = scope.ClientId,
    };
}
