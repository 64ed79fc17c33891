using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;
using Press = GiaLaiIct.PressPublishing.V1;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>
/// Sanctions reach licences exactly once with every process real: the app host starts Inspection, Posts &amp; Telecom
/// and the rest as processes; the owner is stopped (SIGSTOP: there, answering nothing) while the decisions are
/// recorded, Inspection is killed while its relay waits on the owner, the owner is killed while it applies them.
/// </summary>
public sealed class LicenceEffectsAcrossProcessesTests
{
    private const int Decisions = 20;
    private const string Province = "64";

    /// <summary>The licence-issuing services, each with licences.csv rows of a type it issues.</summary>
    public static TheoryData<string, string> Owners() => new()
    {
        { "telecom", "internet_agent" },
        { "press", "general_website" },
    };

    [Theory]
    [MemberData(nameof(Owners))]
    public async Task Sanctions_recorded_while_the_owner_is_stopped_change_each_licence_once_through_crashes_and_a_reimport(string owner, string licenceType)
    {
        await using var system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(5), new Dictionary<string, string>
        {
            // One delivery at a time, so the owner's crash lands among the deliveries, not after them.
            ["LicenceRelay__Concurrency"] = "1",
        });
        using var admin = await system.CreateHttpClientAsync("admin");
        // The dataset brings one more licence and a decision of its own on it: that effect leaves once the import commits.
        var dataset = ProvinceDataset.Empty
            .With("licences.csv", LicencesCsv(licenceType))
            .With("inspections.csv", "id,kind,field,lead,unit,started_on,ended_on,subjects,violations\nTT-EO-DS,scheduled,internet,department,622,2018-08-01,2018-08-03,1,1\n")
            .With("sanctions.csv", "decision_number,inspection_id,subject,violation,fine_vnd,confiscated,decided_on,status,licence_number,licence_action\n"
                + $"{ImportedDecision},TT-EO-DS,Đại lý Internet số {Decisions + 1},Hoạt động quá giờ quy định,1000000,,2018-08-03,issued,{Licence(Decisions + 1)},suspend\n");
        using (var first = await admin.PostAsync($"/api/v1/provinces/{Province}/datasets", dataset.ToZipContent()))
        {
            Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        }
        using var channel = await system.CreateGrpcChannelAsync("inspector");
        var sanctions = new SanctionDecisions.SanctionDecisionsClient(channel);
        await new Inspections.InspectionsClient(channel).CreateInspectionAsync(new CreateInspectionRequest
        {
            Province = Province, Id = "TT-EO-1", Kind = "unscheduled", Field = "internet", Lead = "department", Unit = "622",
            StartedOn = "2018-09-03", EndedOn = "2018-09-07", Subjects = Decisions, Violations = Decisions,
        });

        var ownerPid = system.ProcessIdOf(owner);
        Signal(ownerPid, "STOP");
        try
        {
            for (var i = 1; i <= Decisions; i++)
            {
                var recorded = await sanctions.CreateSanctionAsync(new CreateSanctionRequest
                {
                    Province = Province, Number = Decision(i), InspectionId = "TT-EO-1", Subject = $"Đại lý Internet số {i}",
                    Violation = "Hoạt động quá giờ quy định", FineVnd = 1_000_000, DecidedOn = "2018-09-10",
                    LicenceNumber = Licence(i), LicenceAction = Action(i),
                });
                Assert.Equal("pending", recorded.LicenceEffect.State);
            }

            // The relay is waiting on the stopped owner: kill Inspection under it.
            var inspectionPid = system.ProcessIdOf("inspection");
            Process.GetProcessById(inspectionPid).Kill();
            await WaitUntilAsync(async () => system.ProcessIdOf("inspection") != inspectionPid && await AnswersAsync(sanctions), TimeSpan.FromMinutes(2), "Inspection to come back");
            Assert.All((await ListAsync(sanctions)).Values, s => Assert.Equal("pending", s.LicenceEffect.State));
        }
        finally
        {
            Signal(ownerPid, "CONT");
        }

        // The owner is back: kill it as soon as it has applied the first decisions, in the middle of the others.
        var deliveredAtKill = 0;
        await WaitUntilAsync(async () => (deliveredAtKill = Delivered(await ListAsync(sanctions))) > 0, TimeSpan.FromMinutes(2), "a first delivery");
        Process.GetProcessById(system.ProcessIdOf(owner)).Kill();
        Dictionary<string, Inspection.V1.SanctionDecision> final = [];
        await WaitUntilAsync(async () => Delivered(final = await ListAsync(sanctions)) == Decisions, TimeSpan.FromMinutes(3),
            "every decision to be delivered");

        var ownerChannel = await system.CreateGrpcChannelAsync("admin");
        // The owner delivered to answers Inspection directly; through the gateway its first call may still meet the restart.
        await WaitUntilAsync(async () => (await ReadLicenceAsync(ownerChannel, owner, Licence(1))).Status.Length > 0, TimeSpan.FromMinutes(1),
            $"{owner} to answer through the gateway (restarts: {string.Join("; ", system.Output.Where(line => line.Contains("exited with code", StringComparison.Ordinal)))})");
        for (var i = 1; i <= Decisions; i++)
        {
            var licence = await ReadLicenceAsync(ownerChannel, owner, Licence(i));
            var expected = Action(i) == "suspend" ? "suspended" : "revoked";
            Assert.Equal(expected, licence.Status);
            Assert.Single(licence.DecisionNumbers, d => d == Decision(i));
            Assert.Equal(2, licence.HistoryRows);
            Assert.Equal(expected, final[Decision(i)].LicenceEffect.ResultingStatus);
            Assert.Equal(owner, final[Decision(i)].LicenceEffect.Owner);
        }

        // The same dataset again (its rows still say issued): nothing changes, the sanctions' statuses stand.
        using (var again = await admin.PostAsync($"/api/v1/provinces/{Province}/datasets", dataset.ToZipContent()))
        {
            var body = await again.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var unchanged = JsonDocument.Parse(body).RootElement.GetProperty("files").EnumerateArray()
                .GroupBy(f => f.GetProperty("file").GetString()!).ToDictionary(g => g.Key, g => g.Sum(f => f.GetProperty("unchanged").GetInt32()));
            Assert.Equal((Decisions + 1, 1, 1), (unchanged["licences.csv"], unchanged["inspections.csv"], unchanged["sanctions.csv"]));
        }
        for (var i = 1; i <= Decisions; i++)
        {
            var licence = await ReadLicenceAsync(ownerChannel, owner, Licence(i));
            Assert.Equal(Action(i) == "suspend" ? "suspended" : "revoked", licence.Status);
            Assert.Equal(2, licence.HistoryRows);
        }
        Assert.True(deliveredAtKill > 0, $"the owner was killed after {deliveredAtKill} deliveries");

        // The decision the first import brought reached its licence once, and the second import sent nothing again.
        Inspection.V1.SanctionDecision imported = new();
        await WaitUntilAsync(async () => (imported = await sanctions.GetSanctionAsync(new GetSanctionRequest { Province = Province, Number = ImportedDecision }))
            .LicenceEffect.State != "pending", TimeSpan.FromMinutes(1), "the imported decision's effect");
        var importedLicence = await ReadLicenceAsync(ownerChannel, owner, Licence(Decisions + 1));
        Assert.Equal(("delivered", "suspended"), (imported.LicenceEffect.State, imported.LicenceEffect.ResultingStatus));
        Assert.Equal(("suspended", 2), (importedLicence.Status, importedLicence.HistoryRows));
        Assert.Single(importedLicence.DecisionNumbers, d => d == ImportedDecision);

        // A later decision to suspend a licence already revoked: the owner refuses it, and the decision keeps why.
        await new Inspections.InspectionsClient(channel).CreateInspectionAsync(new CreateInspectionRequest
        {
            Province = Province, Id = "TT-EO-2", Kind = "unscheduled", Field = "internet", Lead = "department", Unit = "622",
            StartedOn = "2018-11-05", Subjects = 1, Violations = 1,
        });
        await sanctions.CreateSanctionAsync(new CreateSanctionRequest
        {
            Province = Province, Number = "21/QĐ-XPVPHC", InspectionId = "TT-EO-2", Subject = "Đại lý Internet số 2",
            Violation = "Tiếp tục hoạt động sau khi bị thu hồi giấy phép", FineVnd = 2_000_000, DecidedOn = "2018-11-06",
            LicenceNumber = Licence(2), LicenceAction = "suspend",
        });
        Inspection.V1.SanctionDecision late = new();
        await WaitUntilAsync(async () => (late = await sanctions.GetSanctionAsync(new GetSanctionRequest { Province = Province, Number = "21/QĐ-XPVPHC" }))
            .LicenceEffect.State != "pending", TimeSpan.FromMinutes(1), "the owner's answer to a suspension of a revoked licence");
        Assert.Equal(("refused", owner), (late.LicenceEffect.State, late.LicenceEffect.Owner));
        Assert.Contains(Licence(2), late.LicenceEffect.RefusalReason, StringComparison.Ordinal);
        Assert.Contains("revoked", late.LicenceEffect.RefusalReason, StringComparison.Ordinal);
        Assert.Equal("revoked", (await ReadLicenceAsync(ownerChannel, owner, Licence(2))).Status);
    }

    /// <summary>A licence as its owner keeps it: status, and the decision number of each history row (empty for none).</summary>
    private static async Task<(string Status, int HistoryRows, List<string> DecisionNumbers)> ReadLicenceAsync(GrpcChannel channel, string owner, string number)
    {
        if (owner == "press")
        {
            var permit = await new Press.PressPermits.PressPermitsClient(channel).GetPermitAsync(new Press.GetPermitRequest { Province = Province, Number = number });
            return (permit.Status, permit.History.Count, [.. permit.History.Select(h => h.DecisionNumber)]);
        }
        var licence = await new TelecomLicences.TelecomLicencesClient(channel).GetLicenceAsync(new GetLicenceRequest { Province = Province, Number = number });
        return (licence.Status, licence.History.Count, [.. licence.History.Select(h => h.DecisionNumber)]);
    }

    private static string Decision(int i) => $"{i:00}/QĐ-XPVPHC";

    private const string ImportedDecision = "DS-01/QĐ-XPVPHC";

    private static string Licence(int i) => $"GL-EO-{i:00}";

    private static string Action(int i) => i % 2 == 0 ? "revoke" : "suspend";

    private static string LicencesCsv(string type)
    {
        var csv = new StringBuilder("number,type,holder,unit,issued_on,expires_on,status\n");
        for (var i = 1; i <= Decisions + 1; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Licence(i)},{type},Đại lý Internet số {i},23761,2017-03-01,,issued\n");
        }
        return csv.ToString();
    }

    private static int Delivered(Dictionary<string, Inspection.V1.SanctionDecision> decisions) =>
        decisions.Values.Count(d => d.LicenceEffect.State == "delivered");

    private static async Task<Dictionary<string, Inspection.V1.SanctionDecision>> ListAsync(SanctionDecisions.SanctionDecisionsClient sanctions)
    {
        var page = await sanctions.ListSanctionsAsync(new ListSanctionsRequest { Province = Province, InspectionId = "TT-EO-1", PageSize = 100 });
        Assert.All(page.Sanctions, s => Assert.NotEqual("refused", s.LicenceEffect.State));
        return page.Sanctions.ToDictionary(s => s.Number);
    }

    private static async Task<bool> AnswersAsync(SanctionDecisions.SanctionDecisionsClient sanctions)
    {
        try
        {
            await sanctions.GetSanctionAsync(new GetSanctionRequest { Province = Province, Number = Decision(1) }, deadline: DateTime.UtcNow.AddSeconds(5));
            return true;
        }
        catch (RpcException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (RpcException) when (DateTime.UtcNow < deadline)
            {
                // A process is restarting behind the gateway.
            }
            Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout} for {what}.");
            await Task.Delay(50);
        }
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
