using GiaLaiIct.Licences.V1;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;

namespace GiaLaiIct.PostsTelecom.Tests;

/// <summary>Posts &amp; Telecom answering the shared licence contract over gRPC.</summary>
public sealed class LicenceRegistryTests
{
    private const string GiaLai = "64";
    private const string Number = "12/GCN-STTTT";

    private static CreateLicenceRequest GamePoint() => new()
    {
        Province = GiaLai, Number = Number, Type = "game_point", Holder = "Điểm trò chơi Minh Châu", Unit = "23557",
        IssuedOn = "2019-02-01", ExpiresOn = "2024-02-01",
    };

    private static ApplySanctionEffectRequest Effect(string action = "suspend", string decision = "31/QĐ-XPHC", string licence = Number) => new()
    {
        Province = GiaLai, DecisionNumber = decision, LicenceNumber = licence, Action = action, DecidedOn = "2019-08-15",
    };

    [Fact]
    public async Task It_lists_the_three_licence_types_it_issues()
    {
        using var host = new TelecomHost();

        var types = await host.RegistryClient(TestCaller.Viewer).ListLicenceTypesAsync(new ListLicenceTypesRequest());

        Assert.Equal(["internet_agent", "game_point", "frequency"], types.Types_);
    }

    [Fact]
    public async Task A_licence_is_found_by_number_in_its_public_shape_and_another_province_or_number_is_not_found()
    {
        using var host = new TelecomHost();
        await host.LicencesClient().CreateLicenceAsync(GamePoint());
        var registry = host.RegistryClient(TestCaller.Viewer);

        var found = await registry.FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = " " + Number });
        var otherProvince = await Assert.ThrowsAsync<RpcException>(() => registry.FindLicenceAsync(new FindLicenceRequest { Province = "42", Number = Number }).ResponseAsync);
        var otherNumber = await Assert.ThrowsAsync<RpcException>(() => registry.FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = "13/GCN-STTTT" }).ResponseAsync);
        var blank = await Assert.ThrowsAsync<RpcException>(() => registry.FindLicenceAsync(new FindLicenceRequest { Province = GiaLai }).ResponseAsync);

        Assert.Equal(new LicenceSummary
        {
            Number = Number, Type = "game_point", Holder = "Điểm trò chơi Minh Châu", Unit = "23557",
            // Expired on 2024-02-01, long before any day this test runs.
            Status = "expired", IssuedOn = "2019-02-01", ExpiresOn = "2024-02-01",
        }, found);
        Assert.Equal(StatusCode.NotFound, otherProvince.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherNumber.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, blank.StatusCode);
    }

    [Fact]
    public async Task A_sanction_effect_applies_once_per_decision_whichever_contract_carries_it()
    {
        using var host = new TelecomHost();
        var licence = GamePoint();
        licence.ExpiresOn = "";
        await host.LicencesClient().CreateLicenceAsync(licence);
        var registry = host.RegistryClient(TestCaller.Officer("inspector"));

        var concurrent = await Task.WhenAll(
            registry.ApplySanctionEffectAsync(Effect()).ResponseAsync,
            registry.ApplySanctionEffectAsync(Effect()).ResponseAsync);
        var throughTelecomApi = await host.LicencesClient(TestCaller.Officer("inspector")).ApplySanctionAsync(new ApplySanctionRequest
        {
            Province = GiaLai, DecisionNumber = "31/QĐ-XPHC", LicenceNumber = Number, Action = "suspend", DecidedOn = "2019-08-15",
        });
        var stored = await host.LicencesClient().GetLicenceAsync(new GetLicenceRequest { Province = GiaLai, Number = Number });

        Assert.Equal(concurrent[0], concurrent[1]);
        Assert.Equal("suspended", concurrent[0].ResultingStatus);
        Assert.Equal("31/QĐ-XPHC", concurrent[0].DecisionNumber);
        Assert.Equal(Number, concurrent[0].LicenceNumber);
        Assert.Equal("suspend", concurrent[0].Action);
        Assert.Equal(concurrent[0].AppliedAt, throughTelecomApi.AppliedAt);
        Assert.Equal(["issued", "suspended"], stored.History.Select(h => h.Status));
    }

    [Fact]
    public async Task An_unknown_licence_is_not_found_and_a_revoked_one_cannot_be_suspended()
    {
        using var host = new TelecomHost();
        var licence = GamePoint();
        licence.ExpiresOn = "";
        await host.LicencesClient().CreateLicenceAsync(licence);
        var registry = host.RegistryClient(TestCaller.Officer("inspector"));
        await registry.ApplySanctionEffectAsync(Effect("revoke", "40/QĐ-XPHC"));

        var unknown = await Assert.ThrowsAsync<RpcException>(() => registry.ApplySanctionEffectAsync(Effect(decision: "41/QĐ-XPHC", licence: "99/GCN-STTTT")).ResponseAsync);
        var afterRevocation = await Assert.ThrowsAsync<RpcException>(() => registry.ApplySanctionEffectAsync(Effect("suspend", "42/QĐ-XPHC")).ResponseAsync);
        var reinstate = await Assert.ThrowsAsync<RpcException>(() => registry.ApplySanctionEffectAsync(Effect("reinstate", "43/QĐ-XPHC")).ResponseAsync);
        var stored = await host.LicencesClient().GetLicenceAsync(new GetLicenceRequest { Province = GiaLai, Number = Number });

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, afterRevocation.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, reinstate.StatusCode);
        Assert.Equal(["issued", "revoked"], stored.History.Select(h => h.Status));
    }

    [Fact]
    public async Task Only_an_inspector_or_an_admin_applies_a_sanction_effect()
    {
        using var host = new TelecomHost();
        await host.LicencesClient().CreateLicenceAsync(GamePoint());

        var officer = await Assert.ThrowsAsync<RpcException>(() => host.RegistryClient(TestCaller.Officer("telecom-officer")).ApplySanctionEffectAsync(Effect()).ResponseAsync);
        var viewer = await Assert.ThrowsAsync<RpcException>(() => host.RegistryClient(TestCaller.Viewer).ApplySanctionEffectAsync(Effect()).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, officer.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, viewer.StatusCode);
    }
}
