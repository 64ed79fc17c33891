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
            KT-TTDT-01,general_website,Trang thông tin điện tử Kon Tum 24h,23266,2018-05-02,,issued
            """ + "\n")
        .With("online_services.csv", """
            code,name,agency_code,agency_name,level,effective_from,effective_to
            KT-DV-01,Cấp giấy phép bưu chính,STTTT,Sở Thông tin và Truyền thông,4,2018-01-01,
            KT-DV-02,Đăng ký kinh doanh,SKHDT,Sở Kế hoạch và Đầu tư,3,2018-03-01,
            """ + "\n")
        .With("websites.csv", """
            domain,owner_kind,owner_name,registered_on
            stttt.kontum.gov.vn,state,Sở Thông tin và Truyền thông,2015-04-01
            """ + "\n")
        .With("press_organisations.csv", """
            name,kind
            Báo Kon Tum,local_press_agency
            """ + "\n")
        .With("commune_radio.csv", """
            unit,kind,status,installed_on
            23311,wireless,active,2017-06-01
            23302,wired,active,2009-01-01
            """ + "\n")
        .With("inspections.csv", """
            id,kind,field,lead,unit,started_on,ended_on,subjects
            KT-TT-2018-01,scheduled,internet,department,608,2018-06-04,2018-06-08,5
            """ + "\n")
        .With("sanctions.csv", """
            decision_number,inspection_id,subject,violation,fine_vnd,confiscated,decided_on,status,licence_number,licence_action
            01/QĐ-XPVPHC,KT-TT-2018-01,Đại lý Internet Minh Phát,Hoạt động quá giờ quy định,3000000,,2018-06-08,complied,,
            """ + "\n")
        .With("complaints.csv", """
            id,kind,field,received_on,deadline_on,status,resolved_on,referred_to
            KT-DT-01,complaint,telecom,2018-07-02,2018-08-11,resolved,2018-07-30,
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
        var inserted = RowsPerFile(firstBody, "inserted");
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["units.csv"] = 7, ["postal_points.csv"] = 3, ["bts.csv"] = 3, ["licences.csv"] = 3,
                ["statistics.csv"] = 4, ["targets.csv"] = 1, ["tasks.csv"] = 1, ["documents.csv"] = 1,
                ["online_services.csv"] = 2, ["websites.csv"] = 1, ["press_organisations.csv"] = 1, ["commune_radio.csv"] = 2,
                ["inspections.csv"] = 1, ["sanctions.csv"] = 1, ["complaints.csv"] = 1,
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
        // Every division counts its own files for the province that moved in.
        Assert.Equal("1", await DisplayAsync(http, "IT.DVC.L4", "2018"));
        Assert.Equal("1", await DisplayAsync(http, "IT.DVC.L3", "2018"));
        Assert.Equal("1", await DisplayAsync(http, "PRESS.AGENCIES.LOCAL", "2018"));
        Assert.Equal("1", await DisplayAsync(http, "PRESS.COMMUNE_RADIO", "2018"));
        Assert.Equal("1", await DisplayAsync(http, "INSP.COUNT", "2018"));
        Assert.Equal("3.000.000", await DisplayAsync(http, "INSP.FINES", "2018"));
        Assert.Equal("1", await DisplayAsync(http, "COMPLAINTS.RESOLVED", "2018"));
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
        var permit = await http.GetFromJsonAsync<JsonObject>("/api/v1/provinces/62/licences/KT-TTDT-01");
        Assert.Equal(("general_website", "issued"), (permit!["type"]!.GetValue<string>(), permit["status"]!.GetValue<string>()));
        using var missing = await http.GetAsync("/api/v1/provinces/62/licences/02/GCN-KT");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        // The same dataset again, as multipart: every row unchanged.
        using var second = await http.PostAsync("/api/v1/provinces/62/datasets", dataset.ToMultipart());
        var secondBody = await second.Content.ReadAsStringAsync();
        Assert.True(second.StatusCode == HttpStatusCode.OK, secondBody);
        Assert.All(RowsPerFile(secondBody, "inserted").Concat(RowsPerFile(secondBody, "updated")), file => Assert.Equal(0, file.Value));
        Assert.Equal(inserted, RowsPerFile(secondBody, "unchanged"));
    }

    /// <summary>A count of the answer's files by file name (licences.csv is answered by each service issuing its types).</summary>
    private static Dictionary<string, int> RowsPerFile(string body, string count) =>
        JsonNode.Parse(body)!["files"]!.AsArray()
            .GroupBy(f => f!["file"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Sum(f => f![count]!.GetValue<int>()));

    private static async Task<string> DisplayAsync(HttpClient http, string indicator, string period)
    {
        var value = await http.GetFromJsonAsync<JsonObject>($"/api/v1/provinces/{KonTum}/indicators/{indicator}/values?period={period}");
        return value!["display"]!.GetValue<string>();
    }
}
