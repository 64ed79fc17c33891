using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;

namespace GiaLaiIct.PostsTelecom.Tests;

public sealed class LicenceLifecycleTests
{
    private const string GiaLai = "64";

    private static CreateLicenceRequest Licence(string number = "05/GCN-STTTT", string expiresOn = "") => new()
    {
        Province = GiaLai, Number = number, Type = "internet_agent", Holder = "Đại lý Internet Hoàng Anh", Unit = "23557", IssuedOn = "2018-03-01", ExpiresOn = expiresOn,
    };

    private static ApplySanctionRequest Suspension(string decision = "27/QĐ-XPVPHC") => new()
    {
        Province = GiaLai, DecisionNumber = decision, LicenceNumber = "05/GCN-STTTT", Action = "suspend", DecidedOn = "2018-09-20",
    };

    [Fact]
    public async Task The_same_suspension_three_times_one_of_them_concurrent_changes_the_status_once()
    {
        using var host = new TelecomHost();
        var officer = host.LicencesClient();
        var inspector = host.LicencesClient(TestCaller.Officer("inspector"));
        var issued = await officer.CreateLicenceAsync(Licence());

        var concurrent = await Task.WhenAll(
            inspector.ApplySanctionAsync(Suspension()).ResponseAsync,
            inspector.ApplySanctionAsync(Suspension()).ResponseAsync);
        var repeated = await inspector.ApplySanctionAsync(Suspension());
        var licence = await officer.GetLicenceAsync(new GetLicenceRequest { Province = GiaLai, Number = "05/GCN-STTTT" });

        Assert.Equal(concurrent[0], concurrent[1]);
        Assert.Equal(concurrent[0], repeated);
        Assert.Equal("suspended", repeated.ResultingStatus);
        Assert.Equal("suspended", licence.Status);
        Assert.Equal(issued.Version + 1, licence.Version);
        Assert.Equal(["issued", "suspended"], licence.History.Select(h => h.Status));
        Assert.Equal("27/QĐ-XPVPHC", licence.History[1].DecisionNumber);
        Assert.Equal("inspector", licence.History[1].ChangedBy);
    }

    [Fact]
    public async Task The_same_decision_number_for_another_licence_or_action_is_refused_and_changes_nothing()
    {
        using var host = new TelecomHost();
        var client = host.LicencesClient();
        await client.CreateLicenceAsync(Licence());
        await client.CreateLicenceAsync(Licence("06/GCN-STTTT"));
        await client.ApplySanctionAsync(Suspension());

        var otherLicence = Suspension();
        otherLicence.LicenceNumber = "06/GCN-STTTT";
        var otherAction = Suspension();
        otherAction.Action = "revoke";

        Assert.Equal(StatusCode.AlreadyExists, (await Assert.ThrowsAsync<RpcException>(() => client.ApplySanctionAsync(otherLicence).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.AlreadyExists, (await Assert.ThrowsAsync<RpcException>(() => client.ApplySanctionAsync(otherAction).ResponseAsync)).StatusCode);
        var untouched = await client.GetLicenceAsync(new GetLicenceRequest { Province = GiaLai, Number = "06/GCN-STTTT" });
        Assert.Equal("issued", untouched.Status);
        Assert.Single(untouched.History);
    }

    [Fact]
    public async Task A_licence_goes_issued_suspended_reinstated_revoked_and_nothing_after_revocation()
    {
        using var host = new TelecomHost();
        var client = host.LicencesClient(TestCaller.Officer("telecom-officer"));
        var licence = await client.CreateLicenceAsync(Licence());

        licence = await client.ChangeLicenceStatusAsync(Change(licence, "suspend", "2018-05-01"));
        Assert.Equal("suspended", licence.Status);
        licence = await client.ChangeLicenceStatusAsync(Change(licence, "reinstate", "2018-06-01"));
        Assert.Equal("issued", licence.Status);
        licence = await client.ChangeLicenceStatusAsync(Change(licence, "revoke", "2018-07-01"));
        Assert.Equal("revoked", licence.Status);

        var reinstate = await Assert.ThrowsAsync<RpcException>(() => client.ChangeLicenceStatusAsync(Change(licence, "reinstate", "2018-08-01")).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, reinstate.StatusCode);
        Assert.Contains("revoked", reinstate.Status.Detail, StringComparison.Ordinal);
        var history = await client.GetLicenceAsync(new GetLicenceRequest { Province = GiaLai, Number = licence.Number });
        Assert.Equal(["issued", "suspended", "issued", "revoked"], history.History.Select(h => h.Status));
        Assert.Equal(["2018-03-01", "2018-05-01", "2018-06-01", "2018-07-01"], history.History.Select(h => h.EffectiveOn));
    }

    [Fact]
    public async Task A_change_dated_before_the_last_one_or_based_on_a_stale_version_is_refused()
    {
        using var host = new TelecomHost();
        var client = host.LicencesClient();
        var licence = await client.CreateLicenceAsync(Licence());
        var suspended = await client.ChangeLicenceStatusAsync(Change(licence, "suspend", "2018-05-01"));

        var backdated = await Assert.ThrowsAsync<RpcException>(() => client.ChangeLicenceStatusAsync(Change(suspended, "reinstate", "2018-04-01")).ResponseAsync);
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.ChangeLicenceStatusAsync(Change(licence, "revoke", "2018-06-01")).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, backdated.StatusCode);
        Assert.Contains("effectiveOn", backdated.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal("suspended", (await client.GetLicenceAsync(new GetLicenceRequest { Province = GiaLai, Number = licence.Number })).Status);
    }

    [Fact]
    public async Task An_issued_licence_past_its_expiry_date_reads_and_lists_as_expired()
    {
        using var host = new TelecomHost();
        var client = host.LicencesClient();
        await client.CreateLicenceAsync(Licence("OLD", expiresOn: "2019-03-01"));
        await client.CreateLicenceAsync(Licence("CURRENT", expiresOn: "2099-03-01"));

        var old = await client.GetLicenceAsync(new GetLicenceRequest { Province = GiaLai, Number = "OLD" });
        var expired = await client.ListLicencesAsync(new ListLicencesRequest { Province = GiaLai, Status = "expired" });
        var inForce = await client.ListLicencesAsync(new ListLicencesRequest { Province = GiaLai, Status = "issued" });
        var suspend = await Assert.ThrowsAsync<RpcException>(() => client.ChangeLicenceStatusAsync(Change(old, "suspend", "")).ResponseAsync);

        Assert.Equal("expired", old.Status);
        Assert.Equal(["OLD"], expired.Licences.Select(l => l.Number));
        Assert.Equal(["CURRENT"], inForce.Licences.Select(l => l.Number));
        Assert.Equal(StatusCode.FailedPrecondition, suspend.StatusCode);
    }

    [Fact]
    public async Task Only_an_inspector_or_admin_applies_sanctions_and_only_the_officer_or_admin_changes_status()
    {
        using var host = new TelecomHost();
        var licence = await host.LicencesClient().CreateLicenceAsync(Licence());

        var byOfficer = await Assert.ThrowsAsync<RpcException>(() => host.LicencesClient(TestCaller.Officer("telecom-officer")).ApplySanctionAsync(Suspension()).ResponseAsync);
        var byInspector = await Assert.ThrowsAsync<RpcException>(() => host.LicencesClient(TestCaller.Officer("inspector")).ChangeLicenceStatusAsync(Change(licence, "suspend", "2018-05-01")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, byOfficer.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byInspector.StatusCode);
    }

    [Fact]
    public async Task Search_finds_holders_without_diacritics_and_filters_by_district()
    {
        using var host = new TelecomHost();
        var client = host.LicencesClient();
        await client.CreateLicenceAsync(Licence("A1"));
        var inAnKhe = Licence("A2");
        inAnKhe.Holder = "Điểm trò chơi Minh Đức";
        inAnKhe.Unit = "23614";
        await client.CreateLicenceAsync(inAnKhe);

        var found = await client.ListLicencesAsync(new ListLicencesRequest { Province = GiaLai, Q = "minh duc" });
        var inPleiku = await client.ListLicencesAsync(new ListLicencesRequest { Province = GiaLai, Unit = "622" });

        Assert.Equal(["A2"], found.Licences.Select(l => l.Number));
        Assert.Equal(["A1"], inPleiku.Licences.Select(l => l.Number));
    }

    private static ChangeLicenceStatusRequest Change(TelecomLicence licence, string action, string effectiveOn) => new()
    {
        Province = licence.Province, Number = licence.Number, Action = action, EffectiveOn = effectiveOn, Reason = "test", Version = licence.Version,
    };
}
