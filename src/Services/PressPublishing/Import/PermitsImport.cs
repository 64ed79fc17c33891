using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>
/// The rows of licences.csv whose type is a press permit type; rows of the other types belong to Posts &amp; Telecom
/// and are left to it (the Reporting service refuses a type nobody issues). A status that differs from the stored
/// one is recorded by the permit in its history as of the import day — except on a permit a sanction decision
/// suspended or revoked: that status came after the register the dataset was made from, so the permit keeps it
/// (its other columns still update) and importing the same dataset again changes nothing, as for telecom licences.
/// </summary>
internal sealed class PermitsImport(PressPublishingDbContext db, PressImportScope scope)
    : DatasetFileImport(PressDatasetImport.LicencesFile, ["number", "type", "holder", "unit", "issued_on", "status"], ["expires_on"])
{
    private const string Reason = "dataset import";

    private static readonly PermitStatus[] DatasetStatuses = [PermitStatus.Issued, PermitStatus.Suspended, PermitStatus.Revoked, PermitStatus.Expired];

    private readonly List<(PermitFacts Facts, PermitStatus Status)> _candidates = [];

    protected override string KeyColumn => "number";

    protected override string? ReadRow(DatasetRow row)
    {
        if (!WireNames.TryParse<PermitType>(row.Optional("type"), out var type))
        {
            return null;
        }
        var number = row.Required("number", 64);
        var holder = row.Required("holder");
        var unit = scope.Unit(row, "unit");
        var issuedOn = row.Date("issued_on");
        var expiresOn = row.Date("expires_on", required: false);
        var status = row.Enum<PermitStatus>("status");
        if (status is { } stated && !DatasetStatuses.Contains(stated))
        {
            row.Error("status", $"'{WireNames.ToWire(stated)}' is not a status of licences.csv ({string.Join(", ", DatasetStatuses.Select(WireNames.ToWire))})");
        }
        if (issuedOn is { } issued && expiresOn is { } expires && expires < issued)
        {
            row.Error("expires_on", $"'{expires.ToWire()}' is before issued_on ({issued.ToWire()})");
        }
        if (!row.HasErrors)
        {
            _candidates.Add((new PermitFacts(scope.Province, number!, type, holder!, unit!, null, issuedOn, expiresOn), status!.Value));
        }
        return number;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Permits.Include(p => p.History).Where(p => p.ProvinceCode == scope.Province)
            .ToDictionaryAsync(p => p.Number, StringComparer.Ordinal, cancellationToken);
        var sanctioned = (await db.PermitSanctions.Where(s => s.ProvinceCode == scope.Province).Select(s => s.PermitNumber)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return Upsert(stored, _candidates, c => c.Facts.Number, c => db.Permits.Add(PressPermit.Record(c.Facts, c.Status, Reason, scope.ClientId)), (permit, candidate) =>
        {
            // A permit applied for through the API keeps its application date.
            var stated = candidate.Facts with { AppliedOn = permit.AppliedOn };
            var status = sanctioned.Contains(permit.Number) ? permit.Status : candidate.Status;
            if (permit.Says(stated) && permit.Status == status)
            {
                return false;
            }
            permit.Correct(stated);
            permit.Restate(status, scope.Today, Reason, scope.ClientId);
            return true;
        });
    }
}
