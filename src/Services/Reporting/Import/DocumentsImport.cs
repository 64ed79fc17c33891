using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Import;

/// <summary>documents.csv: number, issued_on, issuer, title; keyed by number.</summary>
internal sealed class DocumentsImport(ReportingDbContext db, ReportingImportScope scope)
    : DatasetFileImport(DatasetFiles.Documents, ["number", "issued_on", "issuer", "title"], [])
{
    private readonly List<DirectiveDocument> _candidates = [];

    protected override string KeyColumn => "number";

    protected override string? ReadRow(DatasetRow row)
    {
        var number = row.Required("number", 64);
        var issuedOn = row.Date("issued_on");
        var issuer = row.Required("issuer", 200);
        var title = row.Required("title", 1000);
        if (row.HasErrors)
        {
            return number;
        }
        _candidates.Add(new DirectiveDocument
        {
            ProvinceCode = scope.Province, Number = number!, IssuedOn = issuedOn!.Value, Issuer = issuer!, Title = title!,
            SearchText = SearchTextOf(number!, title!),
        });
        return number;
    }

    public static string SearchTextOf(string number, string title) => VietnameseText.Fold($"{number} {title}");

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Documents.Where(d => d.ProvinceCode == scope.Province).ToDictionaryAsync(d => d.Number, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, c => c.Number, c => db.Documents.Add(c), (document, candidate) =>
        {
            var changed = document.IssuedOn != candidate.IssuedOn || document.Issuer != candidate.Issuer || document.Title != candidate.Title;
            document.IssuedOn = candidate.IssuedOn;
            document.Issuer = candidate.Issuer;
            document.Title = candidate.Title;
            document.SearchText = candidate.SearchText;
            return changed;
        });
    }
}
