using System.Net;
using System.Text.Json;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>Cases referred to the authority competent to sanction: found by their file number, changed as of the version read.</summary>
public sealed class ReferredCasesTests
{
    private static async Task<InspectionHost> HostWithReferralAsync()
    {
        var host = new InspectionHost();
        foreach (var id in new[] { "KTH-1", "KTH-2" })
        {
            await host.InspectionsClient().CreateInspectionAsync(new CreateInspectionRequest
            {
                Province = "64", Id = id, Kind = "scheduled", Field = "games", Lead = "district", Unit = "623", StartedOn = "2018-04-02", Subjects = 12, Violations = 2,
            });
        }
        await host.SanctionsClient().CreateReferredCaseAsync(Referral());
        return host;
    }

    private static CreateReferredCaseRequest Referral() => new()
    {
        Province = "64", Number = "HS-01/2018", InspectionId = "KTH-1", Subject = "Hộ kinh doanh Thành Công", Violation = "Kinh doanh trò chơi điện tử quá giờ",
        ProposedFineVnd = 2_000_000, ReferredTo = "UBND huyện Chư Păh", ReferredOn = "2018-04-10",
    };

    private static UpdateReferredCaseRequest Change(long version) => new()
    {
        Province = "64", Number = "HS-01/2018", InspectionId = "KTH-2", Subject = "Hộ kinh doanh Thành Công", Violation = "Kinh doanh trò chơi điện tử quá giờ",
        ProposedFineVnd = 3_500_000, ReferredTo = "UBND huyện Chư Păh", ReferredOn = "2018-04-12", Version = version,
    };

    [Fact]
    public async Task A_referred_case_is_found_by_its_number_and_changed_as_of_the_version_read()
    {
        using var host = await HostWithReferralAsync();
        var client = host.SanctionsClient();
        var found = await client.GetReferredCaseAsync(new GetReferredCaseRequest { Province = "64", Number = "HS-01/2018" });

        var changed = await client.UpdateReferredCaseAsync(Change(found.Version));
        var staleChange = Change(found.Version);
        staleChange.ProposedFineVnd = 4_000_000;
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.UpdateReferredCaseAsync(staleChange).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetReferredCaseAsync(new GetReferredCaseRequest { Province = "64", Number = "HS-99/2018" }).ResponseAsync);
        var listed = await client.ListReferredCasesAsync(new ListReferredCasesRequest { Province = "64", InspectionId = "KTH-2" });

        Assert.Equal(("KTH-1", 2_000_000L), (found.InspectionId, found.ProposedFineVnd));
        Assert.Equal(("KTH-2", 3_500_000L, "2018-04-12"), (changed.InspectionId, changed.ProposedFineVnd, changed.ReferredOn));
        Assert.True(changed.Version > found.Version, $"expected the version to move on from {found.Version}, got {changed.Version}");
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal(["HS-01/2018"], listed.ReferredCases.Select(r => r.Number));
    }

    public static TheoryData<string, Action<UpdateReferredCaseRequest>> InvalidChanges() => new()
    {
        { "inspectionId", r => r.InspectionId = "KTH-99" },
        { "proposedFineVnd", r => r.ProposedFineVnd = -1 },
        { "referredTo", r => r.ReferredTo = " " },
        { "referredOn", r => r.ReferredOn = "12/04/2018" },
        { "version", r => r.Version = -1 },
    };

    [Theory]
    [MemberData(nameof(InvalidChanges))]
    public async Task A_bad_change_is_refused_naming_the_field_and_nothing_is_written(string field, Action<UpdateReferredCaseRequest> spoil)
    {
        using var host = await HostWithReferralAsync();
        var client = host.SanctionsClient();
        var found = await client.GetReferredCaseAsync(new GetReferredCaseRequest { Province = "64", Number = "HS-01/2018" });
        var request = Change(found.Version);
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.UpdateReferredCaseAsync(request).ResponseAsync);
        var after = await client.GetReferredCaseAsync(new GetReferredCaseRequest { Province = "64", Number = "HS-01/2018" });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Equal(found, after);
    }

    [Fact]
    public async Task Over_REST_the_rest_of_the_path_is_the_file_number_slashes_and_all()
    {
        using var host = await HostWithReferralAsync();
        using var http = host.CreateClientAs(TestCaller.Admin);

        using var response = await http.GetAsync("/api/v1/provinces/64/referred-cases/HS-01/2018");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UBND huyện Chư Păh", body.RootElement.GetProperty("referredTo").GetString());
    }
}
