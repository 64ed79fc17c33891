using GiaLaiIct.Datasets.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>deposit_checks.csv: id, checked_on, title, result; the optional violations_found is this service's addition.</summary>
internal sealed class DepositChecksImport(PressPublishingDbContext db, PressImportScope scope)
    : DatasetFileImport(PressDatasetImport.DepositChecksFile, ["id", "checked_on", "title", "result"], ["violations_found"])
{
    private readonly List<DepositCheck> _candidates = [];

    protected override string KeyColumn => "id";

    protected override string? ReadRow(DatasetRow row)
    {
        var id = row.Required("id", 64);
        var checkedOn = row.Date("checked_on");
        var title = row.Required("title", 500);
        var result = row.Enum<DepositCheckResult>("result");
        var found = PressImportScope.NotNegative(row, "violations_found", required: false) ?? 0;
        if (result == DepositCheckResult.Compliant && found > 0)
        {
            row.Error("violations_found", $"a compliant publication has no violations (got {found})");
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new DepositCheck
            {
                ProvinceCode = scope.Province, Id = id!, CheckedOn = checkedOn!.Value, Title = title!, TitleFolded = VietnameseText.Fold(title!),
                Result = result!.Value, ViolationsFound = (int)found,
            });
        }
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.DepositChecks.Where(c => c.ProvinceCode == scope.Province).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, c => c.Id, c => db.DepositChecks.Add(c), (row, candidate) =>
        {
            if (row.CheckedOn == candidate.CheckedOn && row.Title == candidate.Title && row.Result == candidate.Result && row.ViolationsFound == candidate.ViolationsFound)
            {
                return false;
            }
            row.CheckedOn = candidate.CheckedOn;
            row.Title = candidate.Title;
            row.TitleFolded = candidate.TitleFolded;
            row.Result = candidate.Result;
            row.ViolationsFound = candidate.ViolationsFound;
            return true;
        });
    }
}
