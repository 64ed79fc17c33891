using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Import;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DirectiveDocument = GiaLaiIct.Reporting.Domain.DirectiveDocument;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>Legal and directive documents of a province, searched by number and title without regard to diacritics.</summary>
public sealed class DirectiveDocumentsService(ReportingDbContext db) : DirectiveDocuments.DirectiveDocumentsBase
{
    public override async Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var from = violations.Date("issuedFrom", request.IssuedFrom, required: false);
        var to = violations.Date("issuedTo", request.IssuedTo, required: false);
        if (from > to)
        {
            violations.Add("issuedTo", $"'{request.IssuedTo}' is before issuedFrom '{request.IssuedFrom}'");
        }
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var after = PageToken.Read<DocumentKey>(violations, "pageToken", request.PageToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Documents.AsNoTracking().Where(d => d.ProvinceCode == province);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var words = VietnameseText.Fold(request.Q.Trim());
            query = query.Where(d => d.SearchText.Contains(words));
        }
        if (from is { } fromDate)
        {
            query = query.Where(d => d.IssuedOn >= fromDate);
        }
        if (to is { } toDate)
        {
            query = query.Where(d => d.IssuedOn <= toDate);
        }
        if (after is not null)
        {
            query = query.Where(d => d.IssuedOn < after.IssuedOn || (d.IssuedOn == after.IssuedOn && d.Number.CompareTo(after.Number) > 0));
        }
        var (rows, nextPageToken) = await query.OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number)
            .TakePageAsync(pageSize, d => new DocumentKey(d.IssuedOn, d.Number), context.CancellationToken);
        return new ListDocumentsResponse { Documents = { rows.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    public override async Task<V1.DirectiveDocument> GetDocument(GetDocumentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var number = VietnameseText.Normalize(request.Number)!;
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.ProvinceCode == province && d.Number == number, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Document {number} is not registered in province {province}."));
        return ToMessage(document);
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.DirectiveDocument> CreateDocument(CreateDocumentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var number = VietnameseText.Normalize(request.Number) ?? string.Empty;
        var issuer = VietnameseText.Normalize(request.Issuer) ?? string.Empty;
        var title = VietnameseText.Normalize(request.Title) ?? string.Empty;
        if (violations.Required("number", number))
        {
            violations.MaxLength("number", number, 64);
        }
        var issuedOn = violations.Date("issuedOn", request.IssuedOn);
        if (violations.Required("issuer", issuer))
        {
            violations.MaxLength("issuer", issuer, 200);
        }
        if (violations.Required("title", title))
        {
            violations.MaxLength("title", title, 1000);
        }
        await db.RequireLoadedProvinceAsync(violations, request.Province, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var document = await db.CreateOnceAsync<Domain.DirectiveDocument>(
            d => d.ProvinceCode == province && d.Number == number,
            stored => stored.IssuedOn == issuedOn && stored.Issuer == issuer && stored.Title == title,
            () => new Domain.DirectiveDocument
            {
                ProvinceCode = province, Number = number, IssuedOn = issuedOn!.Value, Issuer = issuer, Title = title,
                SearchText = DocumentsImport.SearchTextOf(number, title),
            },
            _ => $"Document {number} is already registered in province {province} with other values.",
            context.CancellationToken);
        return ToMessage(document);
    }

    private static V1.DirectiveDocument ToMessage(DirectiveDocument document) => new()
    {
        Province = document.ProvinceCode,
        Number = document.Number,
        IssuedOn = document.IssuedOn.ToWire(),
        Issuer = document.Issuer,
        Title = document.Title,
        Version = document.Version,
    };

    private sealed record DocumentKey(DateOnly IssuedOn, string Number);
}
