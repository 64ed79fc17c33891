using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>
/// A province the platform does not preload (Kon Tum, 62) moves in with one archive through the real gateway: its
/// units.csv and every other file at once, written the way a department writes them (operators by common name,
/// technologies in lower case). Then its figures, validation, reports and licences come back out. Nothing else writes
/// into Kon Tum, so the test shares the collection's system.
/// </summary>
[Collection(RunningSystemFixture.Collection)]
public sealed class NewProvinceTests(RunningSystemFixture fixture)
{
    private const string KonTum = "62";
    private static readonly System.Text.Json.JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static ProvinceDataset KonTumDataset() => ProvinceDataset.Empty
        .With("units.csv", """
            code,name,type,parent_code,population,area_km2
            62,Tỉnh Kon Tum,Tỉnh,,500000,9674.2
            608,Thành phố Kon Tum,Thành phố,62,,
            610,Huyện Đắk Glei,huyện,62,,
            23266,Phường Quyết Thắng,Phường,608,,
            23269,Phường Quang Trung,Phường,608,,
            23302,Thị trấn Đắk Glei,Thị trấn,610,,
            23311,Xã Đắk Pék,Xã,610,,
            """ + "\n")
        .With("postal_points.csv", """
            id,kind,unit,status,opened_on,operator
            KT-BDVHX-01,bdvhx,23311,active,2008-05-01,Bưu điện
            KT-BC-01,post office,23266,Active,2001-01-01,VNPost
            KT-DL-01,agent,23302,temporarily_closed,2019-03-01,
            """ + "\n")
        .With("bts.csv", """
            id,kind,operator,unit,technology,in_service_from,in_service_to
            KT-BTS-01,bts,Viettel,23266,4g,2016-01-10,
            KT-BTS-02,BTS,MobiFone,23311,3G,2012-07-01,
            KT-BTS-03,bts,VIETNAMOBILE,23302,2g,2010-01-01,2015-12-31
            """ + "\n")
        .With("licences.csv", """
            number,type,holder,unit,issued_on,expires_on,status
            01/GCN-KT,internet_agent,Đại lý Internet Minh Phát,23266,2017-03-01,,issued
            KT-GP-2018-01,game_point,Điểm trò chơi Sao Mai,23269,2018-04-02,2030-04-01,issued
            """ + "\n")
        .With("statistics.csv", """
            indicator,unit,period,category,value
            TEL.SUBS.FIXED,62,2018,,10000
            TEL.SUBS.POSTPAID,62,2018,,40000
            TEL.SUBS.PREPAID,62,2018,,450000
            TEL.BTS,62,2018,,5
            """ + "\n")
        .With("targets.csv", """
            indicator,unit,year,category,target
            TEL.SUBS.TOTAL,62,2018,,400000
            """ + "\n")
        .With("tasks.csv", """
            plan,number,content,lead,coordinators,due,status
            KH-KT-2018,1,Phát triển hạ tầng viễn thông thụ động,Sở TT&TT,UBND cấp huyện,2018-12,Done
            """ + "\n")
        .With("documents.csv", """
            number,issued_on,issuer,title
            12/QĐ-UBND,2018-01-15,UBND tỉnh Kon Tum,Phê duyệt quy hoạch hạ tầng viễn thông thụ động
            """ + "\n");

    [Fact]
    public async Task A_province_never_seen_moves_in_with_one_archive_and_its_figures_reports_and_licences_come_out()
    {
        var system = fixture.System;
        using var http = await system.CreateHttpClientAsync("admin");
        var dataset = KonTumDataset();

        // Before it moves in, the province does not exist: writes into it are refused, naming it.
        using var earlyFigure = await http.PutAsJsonAsync("/api/v1/provinces/62/statistics/TEL.SUBS.FIXED/62/2018", new { value = "1", version = 0 });
        using var withoutUnits = await http.PostAsync("/api/v1/provinces/99/datasets", dataset.Only("bts.csv").ToZipContent());
        Assert.Equal(HttpStatusCode.BadRequest, earlyFigure.StatusCode);
        Assert.Contains("62", await earlyFigure.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutUnits.StatusCode);
        Assert.Contains("province 99 is not loaded", await withoutUnits.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // One archive: the units and every other file, checked against the units it brings.
        using var first = await http.PostAsync("/api/v1/provinces/62/datasets", dataset.ToZipContent());
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.True(first.StatusCode == HttpStatusCode.OK, firstBody);
        var inserted = JsonNode.Parse(firstBody)!["files"]!.AsArray()
            .ToDictionary(f => f!["file"]!.GetValue<string>(), f => f!["inserted"]!.GetValue<int>());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["units.csv"] = 7, ["postal_points.csv"] = 3, ["bts.csv"] = 3, ["licences.csv"] = 2,
                ["statistics.csv"] = 4, ["targets.csv"] = 1, ["tasks.csv"] = 1, ["documents.csv"] = 1,
            },
            inserted);

        var provinces = await http.GetStringAsync("/api/v1/provinces");
        Assert.Contains("Tỉnh Kon Tum", provinces, StringComparison.Ordinal);
        var stations = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/62/bts-stations?operator=viettel");
        var station = Assert.Single(stations!["stations"]!.AsArray())!;
        Assert.Equal(("KT-BTS-01", "VIETTEL", "4G"), (station["id"]!.GetValue<string>(), station["operator"]!.GetValue<string>(), station["technology"]!.GetValue<string>()));

        // Figures: a sum of reported figures, a ratio to the population units.csv brought, a registry count.
        Assert.Equal("500.000", await DisplayAsync(http, "TEL.SUBS.TOTAL", "2018"));
        Assert.Equal("100,00", await DisplayAsync(http, "TEL.SUBS.PER100", "2018"));
        Assert.Equal("3", await DisplayAsync(http, "POST.POINTS", "2019"));
        var total = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/62/indicators/TEL.SUBS.TOTAL/values?period=2018");
        Assert.Equal("computed", total!["source"]!.GetValue<string>());
        Assert.Equal("400000", total["target"]!.ToString());

        // Validation: the reported 5 stations disagree with the 2 of the registry in service at the end of 2018.
        var validation = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/62/validation?period=2018");
        var stationsFlag = validation!["violations"]!.AsArray().Single(v => v!["indicator"]!.GetValue<string>() == "TEL.BTS" && string.IsNullOrEmpty(v["category"]?.ToString()))!;
        Assert.Equal(new[] { 2d, 5d }, new[] { stationsFlag["left"]!.GetValue<double>(), stationsFlag["right"]!.GetValue<double>() }.Order());

        // Reports: JSON, Markdown and Word.
        var report = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/62/reports/2018");
        var rows = report!["indicators"]!.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => r!);
        Assert.Equal("500.000", rows["TEL.SUBS.TOTAL"]["display"]!.GetValue<string>());
        var markdown = await http.GetStringAsync("/api/v1/provinces/62/reports/2018.md");
        Assert.Contains("Kon Tum", markdown, StringComparison.Ordinal);
        Assert.Contains("100,00", markdown, StringComparison.Ordinal);
        var docx = await http.GetByteArrayAsync("/api/v1/provinces/62/reports/2018.docx");
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Contains("500.000", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        // The public licence lookup finds a telecom licence by its number, slashes and all; an unknown one is 404.
        var licence = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/62/licences/01/GCN-KT");
        Assert.Equal(
            """{"number":"01/GCN-KT","type":"internet_agent","holder":"Đại lý Internet Minh Phát","unit":"23266","status":"issued","issuedOn":"2017-03-01","expiresOn":null}""",
            licence!.ToJsonString(Compact));
        using var missing = await http.GetAsync("/api/v1/provinces/62/licences/02/GCN-KT");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        // The same dataset again, as multipart: every row unchanged.
        using var second = await http.PostAsync("/api/v1/provinces/62/datasets", dataset.ToMultipart());
        var secondBody = await second.Content.ReadAsStringAsync();
        Assert.True(second.StatusCode == HttpStatusCode.OK, secondBody);
        foreach (var file in JsonNode.Parse(secondBody)!["files"]!.AsArray())
        {
            var name = file!["file"]!.GetValue<string>();
            Assert.True(file["inserted"]!.GetValue<int>() == 0 && file["updated"]!.GetValue<int>() == 0, $"{name} changed on the second import: {file}");
            Assert.Equal(inserted[name], file["unchanged"]!.GetValue<int>());
        }
    }

    private static async Task<string> DisplayAsync(HttpClient http, string indicator, string period)
    {
        var value = await http.GetFromJsonAsync<JsonObject>($"/api/v1/provinces/{KonTum}/indicators/{indicator}/values?period={period}");
        return value!["display"]!.GetValue<string>();
    }
}
