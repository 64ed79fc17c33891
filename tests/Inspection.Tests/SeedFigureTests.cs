using System.Globalization;
using System.Text;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Inspection.V1;
using Google.Protobuf;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>
/// Seed 000 (Gia Lai, 2018), §2.4 and the district lines: the department and the anti-piracy team carried out 11
/// inspections of 64 subjects and sanctioned 3 cases for 10.500.000 đ; the districts carried out 55 checks of 673
/// subjects and referred 56 cases, 116.100.000 đ, to the competent authority. Rows built to those totals are
/// imported as a dataset and counted.
/// </summary>
public sealed class SeedFigureTests
{
    private static readonly string[] Districts = ["622", "623", "624", "625", "626", "627", "628", "629", "630", "631", "632"];

    internal static string InspectionsCsv()
    {
        var csv = new StringBuilder("id,kind,field,lead,unit,started_on,ended_on,subjects,violations,violations_without_sanction\n");
        // Department and team: 8 + 3 inspections, 10 × 6 + 4 = 64 subjects.
        for (var i = 1; i <= 11; i++)
        {
            var lead = i <= 8 ? "department" : "anti_piracy_team";
            var field = i <= 8 ? (i % 2 == 0 ? "internet" : "frequency") : "publishing";
            csv.Append(CultureInfo.InvariantCulture, $"TTS-2018-{i:00},{(i <= 6 ? "scheduled" : "unscheduled")},{field},{lead},622,2018-{i:00}-05,2018-{i:00}-09,{(i == 11 ? 4 : 6)},1,0\n");
        }
        // Districts: 55 checks, 54 × 12 + 25 = 673 subjects.
        for (var i = 1; i <= 55; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"KTH-2018-{i:00},scheduled,games,district,{Districts[i % Districts.Length]},2018-{1 + (i % 12):00}-15,,{(i == 55 ? 25 : 12)},2,1\n");
        }
        return csv.ToString();
    }

    internal static string SanctionsCsv()
    {
        var csv = new StringBuilder("decision_number,inspection_id,subject,violation,fine_vnd,confiscated,decided_on,status,licence_number,licence_action,referred_to\n");
        csv.Append("01/QĐ-XPVPHC,TTS-2018-01,Ông Nguyễn Văn A,Sử dụng tần số vô tuyến điện không có giấy phép,4000000,04 bộ đàm,2018-01-10,complied,,,\n");
        csv.Append("02/QĐ-XPVPHC,TTS-2018-02,Đại lý Internet Hoàng Long,Không tuân thủ thời gian hoạt động,3000000,,2018-02-12,complied,,,\n");
        csv.Append("03/QĐ-XPVPHC,TTS-2018-11,Cơ sở photocopy Minh Tâm,Nhân bản trái phép xuất bản phẩm,3500000,42 xuất bản phẩm,2018-11-12,complied,,,\n");
        // 55 × 2.000.000 + 6.100.000 = 116.100.000 đ proposed.
        for (var i = 1; i <= 56; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"HS-{i:00}/2018,KTH-2018-{1 + (i % 55):00},Hộ kinh doanh số {i},Kinh doanh trò chơi điện tử quá giờ,{(i == 56 ? 6_100_000 : 2_000_000)},,2018-{1 + (i % 12):00}-20,,,,UBND huyện\n");
        }
        return csv.ToString();
    }

    internal static string ComplaintsCsv()
    {
        var csv = new StringBuilder("id,kind,field,received_on,deadline_on,status,resolved_on,referred_to\n");
        string[] kinds = ["complaint", "denunciation", "petition", "feedback"];
        for (var i = 1; i <= 11; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"DT-2018-{i:00},{kinds[i % 4]},telecom,2018-{i:00}-03,,resolved,2018-{i:00}-25,\n");
        }
        return csv.ToString();
    }

    internal static ImportFilesRequest Dataset(bool dryRun = false) => new()
    {
        Province = "64",
        DryRun = dryRun,
        Files =
        {
            new DatasetFile { Name = "sanctions.csv", Content = ByteString.CopyFromUtf8(SanctionsCsv()) },
            new DatasetFile { Name = "inspections.csv", Content = ByteString.CopyFromUtf8(InspectionsCsv()) },
            new DatasetFile { Name = "complaints.csv", Content = ByteString.CopyFromUtf8(ComplaintsCsv()) },
        },
    };

    [Fact]
    public async Task The_seed_figures_come_out_each_in_its_own_indicator()
    {
        using var host = new InspectionHost();
        var imported = await host.DatasetClient().ImportFilesAsync(Dataset());
        Assert.Empty(imported.Errors);

        var values = (await host.IndicatorsClient().ComputeIndicatorsAsync(new ComputeIndicatorsRequest { Province = "64", Period = "2018" })).Values
            .ToDictionary(v => (v.Indicator, v.Category), v => v.Value);

        Assert.Equal(11, values[("INSP.COUNT", "department")] + values[("INSP.COUNT", "anti_piracy_team")]);
        Assert.Equal(64, values[("INSP.SUBJECTS", "department")] + values[("INSP.SUBJECTS", "anti_piracy_team")]);
        Assert.Equal(55, values[("INSP.COUNT", "district")]);
        Assert.Equal(673, values[("INSP.SUBJECTS", "district")]);
        Assert.Equal(3, values[("INSP.SANCTIONS", "")]);
        Assert.Equal(10_500_000, values[("INSP.FINES", "")]);
        Assert.Equal(56, values[("INSP.REFERRALS", "")]);
        Assert.Equal(116_100_000, values[("INSP.REFERRALS.FINES", "")]);
        Assert.Equal(11, values[("COMPLAINTS.RECEIVED", "")]);
        Assert.Equal(11, values[("COMPLAINTS.RESOLVED", "")]);
        Assert.Equal(0, values[("COMPLAINTS.OVERDUE", "")]);
        Assert.Equal(55, values[("INSP.VIOLATIONS.UNSANCTIONED", "")]);
    }

    [Fact]
    public async Task A_quarter_and_a_district_count_only_their_own_rows()
    {
        using var host = new InspectionHost();
        await host.DatasetClient().ImportFilesAsync(Dataset());

        var q1 = (await host.IndicatorsClient().ComputeIndicatorsAsync(new ComputeIndicatorsRequest
        {
            Province = "64", Period = "2018Q1", Indicators = { "INSP.SANCTIONS", "INSP.FINES" }, Units = { "64", "623" },
        })).Values.ToDictionary(v => (v.Indicator, v.Unit, v.Category), v => v.Value);

        // Decisions 01 (10 January, 4.000.000 đ) and 02 (12 February, 3.000.000 đ), both on inspections in Pleiku (622).
        Assert.Equal(2, q1[("INSP.SANCTIONS", "64", "")]);
        Assert.Equal(7_000_000, q1[("INSP.FINES", "64", "")]);
        Assert.Equal(0, q1[("INSP.SANCTIONS", "623", "")]);
    }

    [Fact]
    public async Task Importing_the_same_dataset_again_changes_nothing()
    {
        using var host = new InspectionHost();
        await host.DatasetClient().ImportFilesAsync(Dataset());
        var again = await host.DatasetClient().ImportFilesAsync(Dataset());

        Assert.Empty(again.Errors);
        Assert.All(again.Counts, c => Assert.Equal((0, 0), (c.Inserted, c.Updated)));
        Assert.Equal(66 + 59 + 11, again.Counts.Sum(c => c.Unchanged));
    }

    [Fact]
    public async Task A_sanction_naming_an_inspection_that_exists_nowhere_is_an_error_and_nothing_is_written()
    {
        using var host = new InspectionHost();
        var request = Dataset();
        request.Files[0] = new DatasetFile
        {
            Name = "sanctions.csv",
            Content = ByteString.CopyFromUtf8(SanctionsCsv().Replace("01/QĐ-XPVPHC,TTS-2018-01", "01/QĐ-XPVPHC,TTS-2099-01", StringComparison.Ordinal)),
        };

        var answer = await host.DatasetClient().ImportFilesAsync(request);
        var inspections = await host.InspectionsClient().ListInspectionsAsync(new ListInspectionsRequest { Province = "64" });

        var error = Assert.Single(answer.Errors);
        Assert.Equal(("sanctions.csv", 2, "inspection_id"), (error.File, error.Line, error.Column));
        Assert.Empty(inspections.Inspections);
    }
}

public sealed class SanctionLicenceImportTests
{
    private const string Licences = "number,type,holder,unit,issued_on,expires_on,status\nGL-IA-2018-001,internet_agent,Đại lý Internet Hoàng Long,23761,2018-01-04,,issued\n";

    private static ImportFilesRequest Request(string licenceNumber, bool withLicences)
    {
        var request = new ImportFilesRequest
        {
            Province = "64",
            Files =
            {
                new DatasetFile { Name = "inspections.csv", Content = ByteString.CopyFromUtf8("id,kind,field,lead,unit,started_on,subjects\nTTS-1,unscheduled,internet,department,622,2018-02-01,3\n") },
                new DatasetFile
                {
                    Name = "sanctions.csv",
                    Content = ByteString.CopyFromUtf8($"decision_number,inspection_id,subject,violation,fine_vnd,decided_on,status,licence_number,licence_action\n02/QĐ-XPVPHC,TTS-1,Đại lý Internet Hoàng Long,Hoạt động quá giờ,3000000,2018-02-12,issued,{licenceNumber},suspend\n"),
                },
            },
        };
        if (withLicences)
        {
            request.Files.Add(new DatasetFile { Name = "licences.csv", Content = ByteString.CopyFromUtf8(Licences) });
        }
        return request;
    }

    [Fact]
    public async Task A_sanction_may_act_on_a_licence_of_the_same_dataset_and_its_effect_waits_in_the_outbox()
    {
        using var host = new InspectionHost();

        var answer = await host.DatasetClient().ImportFilesAsync(Request("GL-IA-2018-001", withLicences: true));
        var decision = await host.SanctionsClient().GetSanctionAsync(new GetSanctionRequest { Province = "64", Number = "02/QĐ-XPVPHC" });

        Assert.Empty(answer.Errors);
        Assert.Equal(["inspections.csv", "sanctions.csv"], answer.Counts.Select(c => c.File));
        Assert.Equal(("GL-IA-2018-001", "suspend", "pending"), (decision.LicenceNumber, decision.LicenceAction, decision.LicenceEffect.State));
    }

    [Fact]
    public async Task A_licence_neither_in_the_dataset_nor_checkable_with_its_owners_is_an_error_and_nothing_is_written()
    {
        using var host = new InspectionHost();

        var answer = await host.DatasetClient().ImportFilesAsync(Request("GL-IA-2099-999", withLicences: true));
        var inspections = await host.InspectionsClient().ListInspectionsAsync(new ListInspectionsRequest { Province = "64" });

        var error = Assert.Single(answer.Errors);
        Assert.Equal(("sanctions.csv", 2, "licence_number"), (error.File, error.Line, error.Column));
        Assert.Empty(inspections.Inspections);
    }
}
