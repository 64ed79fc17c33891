using System.Net;
using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>Reported broadcast figures checked against the press registry and against each other, with both sides.</summary>
public sealed class BroadcastValidationTests
{
    [Fact]
    public async Task Reported_language_hours_above_the_stations_total_and_hours_unlike_the_registry_are_flagged_with_both_sides()
    {
        using var system = new ReportingWithPress();
        using var http = system.Reporting.CreateClient();
        var dataset = ProvinceDataset.Empty
            .With("broadcasts.csv", """
                station,medium,period,language,unit,hours,plan_hours
                Đài PT-TH Gia Lai,radio,2018,,64,13505,13500
                """)
            .With("statistics.csv", """
                indicator,unit,period,category,value
                BROADCAST.HOURS,64,2018,radio,13000
                BROADCAST.LANGUAGE.RADIO,64,2018,jrai,14000
                """);
        using (var imported = await http.PostAsync("/api/v1/provinces/64/datasets", dataset.ToZipContent()))
        {
            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        }

        var body = JsonNode.Parse(await http.GetStringAsync("/api/v1/provinces/64/validation?period=2018"))!;
        var violations = body["violations"]!.AsArray()
            .Select(v => (v!["rule"]!.GetValue<string>(), v["indicator"]!.GetValue<string>(), v["category"]?.GetValue<string>() ?? "", v["left"]!.GetValue<double>(), v["right"]!.GetValue<double>()))
            .ToList();

        // The language part is checked against the hours the platform shows for the stations' radio total: the reported 13.000.
        Assert.Contains(("part-exceeds-total", "BROADCAST.LANGUAGE.RADIO", "jrai", 14000d, 13000d), violations);
        Assert.Contains(("registry-count", "BROADCAST.HOURS", "radio", 13000d, 13505d), violations);
    }
}
