extern alias reporting;
extern alias service;

using System.Net.Http.Json;
using System.Text.Json;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Google.Protobuf;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>The compiled report of Reporting, in process, counting through the in-process Inspection service.</summary>
public sealed class ReportSectionTests
{
    /// <summary>Reporting and Inspection in process, each calling the other as in production; the other divisions answer nothing.</summary>
    private static (ServiceTestHost<reporting::Program> Reporting, ServiceTestHost<service::Program> Inspection) Linked()
    {
        var reportingHost = new ServiceTestHost<reporting::Program>("reportingdb");
        var inspectionHost = new ServiceTestHost<service::Program>("inspectiondb");
        inspectionHost.RouteGrpcClient<service::Program, AdministrativeUnits.AdministrativeUnitsClient>("reporting", () => reportingHost.Server.CreateHandler());
        foreach (var division in new[] { "telecom", "it", "press" })
        {
            reportingHost.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>(division, () => reportingHost.Server.CreateHandler());
        }
        reportingHost.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>("inspection", () => inspectionHost.Server.CreateHandler());
        reportingHost.RouteGrpcClient<reporting::Program, reporting::GiaLaiIct.Inspection.V1.Complaints.ComplaintsClient>("inspection", () => inspectionHost.Server.CreateHandler());
        return (reportingHost, inspectionHost);
    }

    [Fact]
    public async Task The_inspection_section_reads_as_the_seed_and_the_planning_part_lists_the_overdue_letters()
    {
        var (reportingHost, inspectionHost) = Linked();
        using var reportingOwner = reportingHost;
        using var inspectionOwner = inspectionHost;

        // The year is over: the report counts overdue letters as of 31 December 2018.
        var dataset = SeedFigureTests.Dataset();
        dataset.Files[2] = new DatasetFile
        {
            Name = "complaints.csv",
            Content = ByteString.CopyFromUtf8(SeedFigureTests.ComplaintsCsv() + "DT-2018-12,complaint,press,2018-11-20,2018-12-20,open,,\n"),
        };
        var imported = await new DatasetPart.DatasetPartClient(inspectionHost.CreateGrpcChannel()).ImportFilesAsync(dataset);
        Assert.Empty(imported.Errors);

        using var http = reportingHost.CreateClientAs(TestCaller.Admin);
        using var report = JsonDocument.Parse(await http.GetStringAsync("/api/v1/provinces/64/reports/2018"));
        var sections = report.RootElement.GetProperty("sections").EnumerateArray().ToList();
        var inspection = sections.Single(s => s.GetProperty("field").GetString() == "inspection")
            .GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
        var planningLists = sections.Single(s => s.GetProperty("field").GetString() == "planning").GetProperty("lists").EnumerateArray().ToList();

        // Seed 000: "… thanh tra, kiểm tra (theo kế hoạch và đột xuất), tiến hành kiểm tra, xác minh đối với 64 lượt đối tượng".
        Assert.Contains(inspection, p => p.Contains("11 cuộc thanh tra, kiểm tra, tiến hành kiểm tra, xác minh đối với 64 lượt đối tượng", StringComparison.Ordinal)
            && p.Contains("03 trường hợp với tổng số tiền là 10.500.000 đồng", StringComparison.Ordinal));
        Assert.Contains(inspection, p => p.Contains("55 cuộc kiểm tra đối với 673 lượt đối tượng", StringComparison.Ordinal)
            && p.Contains("56 trường hợp với tổng số tiền xử phạt 116.100.000 đồng", StringComparison.Ordinal));
        Assert.Contains(inspection, p => p.Contains("Tiếp nhận 12 đơn thư", StringComparison.Ordinal) && p.Contains("01 đơn quá hạn", StringComparison.Ordinal));
        var overdue = planningLists.Single(l => l.GetProperty("title").GetString()!.StartsWith("Đơn thư quá hạn", StringComparison.Ordinal));
        Assert.Equal("DT-2018-12", overdue.GetProperty("items").EnumerateArray().Single().GetString()!.Split(' ')[0]);
    }

    [Fact]
    public async Task A_year_without_sanctions_or_resolved_letters_leaves_those_clauses_out()
    {
        var (reportingHost, inspectionHost) = Linked();
        using var reportingOwner = reportingHost;
        using var inspectionOwner = inspectionHost;
        var channel = inspectionHost.CreateGrpcChannel();
        await new Inspection.V1.Inspections.InspectionsClient(channel).CreateInspectionAsync(new Inspection.V1.CreateInspectionRequest
        {
            Province = "64", Id = "TT-2018-01", Kind = "scheduled", Field = "internet", Lead = "department", Unit = "622",
            StartedOn = "2018-06-04", EndedOn = "2018-06-08", Subjects = 5,
        });
        await new Inspection.V1.Complaints.ComplaintsClient(channel).CreateComplaintAsync(new Inspection.V1.CreateComplaintRequest
        {
            Province = "64", Id = "DT-2018-01", Kind = "complaint", Field = "telecom", ReceivedOn = "2018-12-01",
        });

        using var http = reportingHost.CreateClientAs(TestCaller.Admin);
        using var report = JsonDocument.Parse(await http.GetStringAsync("/api/v1/provinces/64/reports/2018"));
        var inspection = report.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("field").GetString() == "inspection")
            .GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).ToList();

        Assert.Equal(
            [
                "Sở Thông tin và Truyền thông, Đội Liên ngành phòng, chống in lậu tiến hành 01 cuộc thanh tra, kiểm tra, tiến hành kiểm tra, xác minh đối với 05 lượt đối tượng.",
                "Tiếp nhận 01 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; không có đơn thư quá hạn.",
            ],
            inspection);
    }
}
