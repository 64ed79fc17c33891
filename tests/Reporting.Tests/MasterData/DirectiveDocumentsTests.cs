using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Tests.MasterData;

public sealed class DirectiveDocumentsTests
{
    private static CreateDocumentRequest Document(string number, string issuedOn, string title) =>
        new() { Province = "64", Number = number, IssuedOn = issuedOn, Issuer = "UBND tỉnh Gia Lai", Title = title };

    [Fact]
    public async Task Documents_are_found_by_words_of_their_title_with_or_without_diacritics_newest_first()
    {
        using var host = new ReportingHost();
        var client = new DirectiveDocuments.DirectiveDocumentsClient(host.CreateGrpcChannel());
        await client.CreateDocumentAsync(Document("468/QĐ-UBND", "2018-06-14", "Quyết định ban hành Quy chế quản lý cổng thông tin điện tử"));
        await client.CreateDocumentAsync(Document("01-NQ/TU", "2021-05-20", "Nghị quyết về chuyển đổi số tỉnh Gia Lai"));
        await client.CreateDocumentAsync(Document("112/KH-UBND", "2021-08-02", "Kế hoạch thực hiện Nghị quyết về chuyển đổi số"));

        var plain = await client.ListDocumentsAsync(new ListDocumentsRequest { Province = "64", Q = "chuyen doi so" });
        var accented = await client.ListDocumentsAsync(new ListDocumentsRequest { Province = "64", Q = "Chuyển Đổi Số" });
        var byNumber = await client.ListDocumentsAsync(new ListDocumentsRequest { Province = "64", Q = "qđ-ubnd" });
        var in2021 = await client.ListDocumentsAsync(new ListDocumentsRequest { Province = "64", IssuedFrom = "2021-01-01", IssuedTo = "2021-12-31" });

        Assert.Equal(["112/KH-UBND", "01-NQ/TU"], plain.Documents.Select(d => d.Number).ToArray());
        Assert.Equal(plain.Documents, accented.Documents);
        Assert.Equal("468/QĐ-UBND", Assert.Single(byNumber.Documents).Number);
        Assert.Equal(["112/KH-UBND", "01-NQ/TU"], in2021.Documents.Select(d => d.Number).ToArray());
    }

    [Fact]
    public async Task A_document_is_read_over_rest_by_its_number_slash_and_all()
    {
        using var host = new ReportingHost();
        var client = new DirectiveDocuments.DirectiveDocumentsClient(host.CreateGrpcChannel());
        await client.CreateDocumentAsync(Document("468/QĐ-UBND", "2018-06-14", "Quyết định ban hành quy chế"));
        using var http = host.CreateClientAs(TestCaller.Viewer);

        var document = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/64/documents/468/QĐ-UBND");
        using var missing = await http.GetAsync("/api/v1/provinces/64/documents/469/QĐ-UBND");

        Assert.Equal(("468/QĐ-UBND", "2018-06-14", "UBND tỉnh Gia Lai"),
            (document!["number"]!.GetValue<string>(), document["issuedOn"]!.GetValue<string>(), document["issuer"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Registering_a_document_again_is_harmless_and_another_with_its_number_already_exists()
    {
        using var host = new ReportingHost();
        var client = new DirectiveDocuments.DirectiveDocumentsClient(host.CreateGrpcChannel());
        var first = await client.CreateDocumentAsync(Document("468/QĐ-UBND", "2018-06-14", "Quyết định ban hành quy chế"));

        var again = await client.CreateDocumentAsync(Document("468/QĐ-UBND", "2018-06-14", "Quyết định ban hành quy chế"));
        var other = await Assert.ThrowsAsync<RpcException>(() => client.CreateDocumentAsync(Document("468/QĐ-UBND", "2018-06-15", "Quyết định khác")).ResponseAsync);

        Assert.Equal(first, again);
        Assert.Equal(StatusCode.AlreadyExists, other.StatusCode);
    }

    [Fact]
    public async Task A_document_with_missing_and_malformed_fields_is_refused_naming_each_and_only_writers_register()
    {
        using var host = new ReportingHost();
        var admin = new DirectiveDocuments.DirectiveDocumentsClient(host.CreateGrpcChannel());

        var invalid = await Assert.ThrowsAsync<RpcException>(() => admin.CreateDocumentAsync(new CreateDocumentRequest
        {
            Province = "64", Number = " ", IssuedOn = "14/06/2018", Issuer = "UBND tỉnh", Title = new string('x', 1001),
        }).ResponseAsync);
        var viewer = await Assert.ThrowsAsync<RpcException>(() => new DirectiveDocuments.DirectiveDocumentsClient(host.CreateGrpcChannel(TestCaller.Viewer))
            .CreateDocumentAsync(Document("1/QĐ", "2018-01-01", "x")).ResponseAsync);

        Assert.Equal(new HashSet<string> { "number", "issuedOn", "title" }, invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToHashSet());
        Assert.Equal(StatusCode.PermissionDenied, viewer.StatusCode);
        Assert.Empty((await admin.ListDocumentsAsync(new ListDocumentsRequest { Province = "64" })).Documents);
    }
}
