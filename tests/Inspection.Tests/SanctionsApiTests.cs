using GiaLaiIct.Inspection.V1;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Inspection.Tests;

public sealed class SanctionsApiTests
{
    private static async Task<InspectionHost> HostWithInspectionAsync()
    {
        var host = new InspectionHost();
        await host.InspectionsClient().CreateInspectionAsync(new CreateInspectionRequest
        {
            Province = "64", Id = "TT-2018-01", Kind = "scheduled", Field = "frequency", Lead = "department", Unit = "622",
            StartedOn = "2018-03-05", Subjects = 6, Violations = 1,
        });
        return host;
    }

    private static CreateSanctionRequest Decision() => new()
    {
        Province = "64", Number = "01/QĐ-XPVPHC", InspectionId = "TT-2018-01", Subject = "Ông Nguyễn Văn Bình",
        Violation = "Sử dụng tần số vô tuyến điện không có giấy phép", FineVnd = 4_000_000, Confiscated = "04 bộ đàm", DecidedOn = "2018-03-10",
    };

    [Fact]
    public async Task A_decision_is_recorded_once_found_by_subject_without_diacritics_and_settled()
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();

        var created = await client.CreateSanctionAsync(Decision());
        var repeated = await client.CreateSanctionAsync(Decision());
        var other = Decision();
        other.FineVnd = 5_000_000;
        var conflict = await Assert.ThrowsAsync<RpcException>(() => client.CreateSanctionAsync(other).ResponseAsync);
        var found = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", Q = "nguyen van binh" });
        var settled = await client.SettleSanctionAsync(new SettleSanctionRequest
        {
            Province = "64", Number = "01/QĐ-XPVPHC", Status = "complied", SettledOn = "2018-03-20", Version = created.Version,
        });

        Assert.Equal(created.Version, repeated.Version);
        Assert.Null(created.LicenceEffect);
        Assert.Equal(StatusCode.AlreadyExists, conflict.StatusCode);
        Assert.Equal(["01/QĐ-XPVPHC"], found.Sanctions.Select(s => s.Number));
        Assert.Equal(("complied", "2018-03-20"), (settled.Status, settled.SettledOn));
    }

    public static TheoryData<string, Action<CreateSanctionRequest>> InvalidRequests() => new()
    {
        { "subject", r => r.Subject = " " },
        { "fineVnd", r => r.FineVnd = -1 },
        { "inspectionId", r => r.InspectionId = "TT-2099-99" },
        { "licenceAction", r => r.LicenceAction = "suspend" },
        { "decidedOn", r => r.DecidedOn = "10/03/2018" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_written(string field, Action<CreateSanctionRequest> spoil)
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();
        var request = Decision();
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateSanctionAsync(request).ResponseAsync);
        var list = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64" });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Empty(list.Sanctions);
    }

    [Fact]
    public async Task A_decision_on_a_licence_is_kept_with_its_pending_effect_while_no_owner_answers()
    {
        using var host = await HostWithInspectionAsync();
        var client = host.SanctionsClient();
        var request = Decision();
        request.LicenceNumber = "GL-TS-2016-004";
        request.LicenceAction = "revoke";

        var created = await client.CreateSanctionAsync(request);
        var pending = await client.ListSanctionsAsync(new ListSanctionsRequest { Province = "64", EffectState = "pending" });

        Assert.Equal("pending", created.LicenceEffect.State);
        Assert.Equal(["01/QĐ-XPVPHC"], pending.Sanctions.Select(s => s.Number));
    }
}
