extern alias service;

using System.Net;
using System.Text.Json;
using GiaLaiIct.Licences.V1;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Reporting.Tests.Licences;

/// <summary>The public licence lookup, served by Reporting, asking each division's LicenceRegistry over gRPC.</summary>
public sealed class LicenceLookupTests
{
    private static readonly LicenceSummary PressPermit = new()
    {
        Number = "15/GP-STTTT", Type = "general_website", Holder = "Công ty ABC", Unit = "622", Status = "issued", IssuedOn = "2018-02-01",
    };

    private static readonly LicenceSummary GamePoint = new()
    {
        Number = "02/GCN", Type = "game_point", Holder = "Điểm trò chơi Tuấn Anh", Unit = "23557", Status = "suspended", IssuedOn = "2017-06-01", ExpiresOn = "2022-06-01",
    };

    [Fact]
    public async Task A_licence_is_found_in_whichever_division_holds_it_and_the_others_are_passed_over()
    {
        await using var telecom = await ScriptedRegistry.StartAsync("64", GamePoint);
        await using var press = await ScriptedRegistry.StartAsync("64", PressPermit);
        using var host = new ReportingHost();
        // IT and Inspection stay routed to a server without the contract: they answer Unimplemented.
        host.RouteNamedGrpcClient<service::Program, LicenceRegistry.LicenceRegistryClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, LicenceRegistry.LicenceRegistryClient>("press", press.CreateHandler);
        var client = host.CreateClientAs(TestCaller.Viewer);

        var pressAnswer = await client.GetAsync("/api/v1/provinces/64/licences/15/GP-STTTT");
        var telecomAnswer = await client.GetAsync("/api/v1/provinces/64/licences/02%2FGCN");
        var elsewhere = await client.GetAsync("/api/v1/provinces/42/licences/02/GCN");
        var nowhere = await client.GetAsync("/api/v1/provinces/64/licences/99/GCN");

        Assert.Equal(HttpStatusCode.OK, pressAnswer.StatusCode);
        Assert.Equal(
            """{"number":"15/GP-STTTT","type":"general_website","holder":"Công ty ABC","unit":"622","status":"issued","issuedOn":"2018-02-01","expiresOn":null}""",
            Reserialized(await pressAnswer.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, telecomAnswer.StatusCode);
        Assert.Equal(
            """{"number":"02/GCN","type":"game_point","holder":"Điểm trò chơi Tuấn Anh","unit":"23557","status":"suspended","issuedOn":"2017-06-01","expiresOn":"2022-06-01"}""",
            Reserialized(await telecomAnswer.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Equal("application/problem+json", nowhere.Content.Headers.ContentType?.MediaType);
        Assert.Contains("99/GCN", await nowhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_division_that_is_down_makes_an_unfound_licence_unavailable_not_missing()
    {
        await using var telecom = await ScriptedRegistry.StartAsync("64", GamePoint);
        using var host = new ReportingHost();
        host.RouteNamedGrpcClient<service::Program, LicenceRegistry.LicenceRegistryClient>("telecom", telecom.CreateHandler);
        host.RouteNamedGrpcClient<service::Program, LicenceRegistry.LicenceRegistryClient>("press", () => new UnreachableHandler());
        var client = host.CreateClientAs(TestCaller.Viewer);

        var unknown = await client.GetAsync("/api/v1/provinces/64/licences/15/GP-STTTT");
        var heldByTheLiveOne = await client.GetAsync("/api/v1/provinces/64/licences/02/GCN");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unknown.StatusCode);
        Assert.Contains("Press & Publishing", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, heldByTheLiveOne.StatusCode);
    }

    [Fact]
    public async Task A_number_too_long_is_a_bad_request_and_another_province_is_forbidden_to_a_province_client()
    {
        using var host = new ReportingHost();

        var tooLong = await host.CreateClientAs(TestCaller.Viewer).GetAsync("/api/v1/provinces/64/licences/" + new string('9', 65));
        var otherProvince = await host.CreateClientAs(TestCaller.OfDistrict("622", "64")).GetAsync("/api/v1/provinces/42/licences/02/GCN");
        var anonymous = await host.CreateClientAs(null).GetAsync("/api/v1/provinces/64/licences/02/GCN");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("\"number\"", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherProvince.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Reserialized(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Compact);
}
