using GiaLaiIct.Licences.V1;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Tests;

public sealed class PermitLifecycleTests
{
    private const string GiaLai = PressHost.GiaLai;
    private const string Number = "27/GP-STTTT";

    private static CreatePermitRequest Website(string number = Number) => new()
    {
        Province = GiaLai, Number = number, Type = "general_website", Holder = "Công ty TNHH Truyền thông Phố Núi", Unit = "622", IssuedOn = "2018-05-02",
    };

    [Fact]
    public async Task Suspended_reinstated_and_revoked_a_permit_keeps_one_history_row_per_change_and_the_lookup_answers_each_status()
    {
        using var host = new PressHost();
        var permits = host.Permits(TestCaller.Officer("press-officer"));
        var registry = host.Registry(TestCaller.Viewer);
        var created = await permits.CreatePermitAsync(Website());
        var lookups = new List<string> { (await registry.FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = Number })).Status };

        var version = created.Version;
        foreach (var (action, on) in new[] { ("suspend", "2018-09-01"), ("reinstate", "2018-10-15"), ("revoke", "2019-01-20") })
        {
            var changed = await permits.ChangePermitStatusAsync(new ChangePermitStatusRequest
            {
                Province = GiaLai, Number = Number, Action = action, EffectiveOn = on, Reason = $"quyết định {action}", Version = version,
            });
            version = changed.Version;
            lookups.Add((await registry.FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = Number })).Status);
        }
        var permit = await permits.GetPermitAsync(new GetPermitRequest { Province = GiaLai, Number = Number });

        Assert.Equal(["issued", "suspended", "issued", "revoked"], lookups);
        Assert.Equal(["issued", "suspended", "issued", "revoked"], permit.History.Select(h => h.Status));
        Assert.Equal(["2018-05-02", "2018-09-01", "2018-10-15", "2019-01-20"], permit.History.Select(h => h.EffectiveOn));
        Assert.All(permit.History, h => Assert.Equal("press-officer", h.ChangedBy));
        Assert.Equal("revoked", permit.Status);
        var summary = await registry.FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = Number });
        Assert.Equal(("general_website", "Công ty TNHH Truyền thông Phố Núi", "622", "2018-05-02", ""),
            (summary.Type, summary.Holder, summary.Unit, summary.IssuedOn, summary.ExpiresOn));
    }

    [Fact]
    public async Task A_revoked_permit_cannot_be_reinstated_and_a_stale_version_is_refused_without_a_history_row()
    {
        using var host = new PressHost();
        var permits = host.Permits();
        var created = await permits.CreatePermitAsync(Website());
        var suspended = await permits.ChangePermitStatusAsync(new ChangePermitStatusRequest { Province = GiaLai, Number = Number, Action = "suspend", EffectiveOn = "2018-11-01", Version = created.Version });
        var stale = await Assert.ThrowsAsync<RpcException>(() => permits.ChangePermitStatusAsync(
            new ChangePermitStatusRequest { Province = GiaLai, Number = Number, Action = "reinstate", EffectiveOn = "2018-12-01", Version = created.Version }).ResponseAsync);
        var revoked = await permits.ChangePermitStatusAsync(new ChangePermitStatusRequest { Province = GiaLai, Number = Number, Action = "revoke", EffectiveOn = "2019-01-01", Version = suspended.Version });

        var notAllowed = await Assert.ThrowsAsync<RpcException>(() => permits.ChangePermitStatusAsync(
            new ChangePermitStatusRequest { Province = GiaLai, Number = Number, Action = "reinstate", EffectiveOn = "2019-02-01", Version = revoked.Version }).ResponseAsync);
        var before = await Assert.ThrowsAsync<RpcException>(() => permits.ChangePermitStatusAsync(
            new ChangePermitStatusRequest { Province = GiaLai, Number = Number, Action = "suspend", EffectiveOn = "2018-12-01", Version = revoked.Version }).ResponseAsync);
        var permit = await permits.GetPermitAsync(new GetPermitRequest { Province = GiaLai, Number = Number });

        Assert.Equal(StatusCode.FailedPrecondition, notAllowed.StatusCode);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, before.StatusCode);
        Assert.Equal("effectiveOn", before.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Equal(["issued", "suspended", "revoked"], permit.History.Select(h => h.Status));
    }

    [Fact]
    public async Task A_permit_applied_for_is_issued_by_a_status_change_and_counts_from_its_issue()
    {
        using var host = new PressHost();
        var permits = host.Permits();
        var applied = await permits.CreatePermitAsync(new CreatePermitRequest
        {
            Province = GiaLai, Number = "3/BT", Type = "newsletter", Holder = "Sở Y tế", Unit = "64", AppliedOn = "2018-03-20",
        });
        var lookupApplied = await host.Registry().FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = "3/BT" });
        var before = await host.ComputeAsync("2018Q1", [GiaLai], "PRESS.PERMITS");
        var issued = await permits.ChangePermitStatusAsync(new ChangePermitStatusRequest { Province = GiaLai, Number = "3/BT", Action = "issue", EffectiveOn = "2018-04-05", Version = applied.Version });
        var q1 = await host.ComputeAsync("2018Q1", [GiaLai], "PRESS.PERMITS");
        var q2 = await host.ComputeAsync("2018Q2", [GiaLai], "PRESS.PERMITS");

        Assert.Equal(("applied", ""), (applied.Status, applied.IssuedOn));
        Assert.Equal(("applied", ""), (lookupApplied.Status, lookupApplied.IssuedOn));
        Assert.Equal(0, PressHost.Value(before, "PRESS.PERMITS", GiaLai));
        Assert.Equal(("issued", "2018-04-05"), (issued.Status, issued.IssuedOn));
        Assert.Equal(0, PressHost.Value(q1, "PRESS.PERMITS", GiaLai));
        Assert.Equal(1, PressHost.Value(q2, "PRESS.PERMITS", GiaLai, "newsletter"));
    }

    [Fact]
    public async Task A_sanction_applies_once_per_decision_and_answers_the_same_on_every_repeat()
    {
        using var host = new PressHost();
        await host.Permits().CreatePermitAsync(Website());
        var registry = host.Registry(TestCaller.Officer("inspector"));
        var request = new ApplySanctionEffectRequest { Province = GiaLai, DecisionNumber = "15/QĐ-XPVPHC", LicenceNumber = Number, Action = "suspend", DecidedOn = "2019-03-01" };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => registry.ApplySanctionEffectAsync(request).ResponseAsync));
        var again = await registry.ApplySanctionEffectAsync(request);
        var otherAction = await Assert.ThrowsAsync<RpcException>(() => registry.ApplySanctionEffectAsync(
            new ApplySanctionEffectRequest(request) { Action = "revoke" }).ResponseAsync);
        var revoked = await registry.ApplySanctionEffectAsync(new ApplySanctionEffectRequest(request) { DecisionNumber = "16/QĐ-XPVPHC", Action = "revoke", DecidedOn = "2019-04-01" });
        var cannot = await Assert.ThrowsAsync<RpcException>(() => registry.ApplySanctionEffectAsync(
            new ApplySanctionEffectRequest(request) { DecisionNumber = "17/QĐ-XPVPHC", DecidedOn = "2019-05-01" }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => registry.ApplySanctionEffectAsync(
            new ApplySanctionEffectRequest(request) { DecisionNumber = "18/QĐ-XPVPHC", LicenceNumber = "none" }).ResponseAsync);
        var byOfficer = await Assert.ThrowsAsync<RpcException>(() => host.Registry(TestCaller.Officer("press-officer")).ApplySanctionEffectAsync(
            new ApplySanctionEffectRequest(request) { DecisionNumber = "19/QĐ-XPVPHC" }).ResponseAsync);
        var permit = await host.Permits().GetPermitAsync(new GetPermitRequest { Province = GiaLai, Number = Number });

        Assert.All(outcomes.Append(again), o => Assert.Equal((outcomes[0].AppliedAt, "suspended"), (o.AppliedAt, o.ResultingStatus)));
        Assert.Equal(StatusCode.AlreadyExists, otherAction.StatusCode);
        Assert.Equal("revoked", revoked.ResultingStatus);
        Assert.Equal(StatusCode.FailedPrecondition, cannot.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byOfficer.StatusCode);
        Assert.Equal(["issued", "suspended", "revoked"], permit.History.Select(h => h.Status));
        Assert.Equal(["", "15/QĐ-XPVPHC", "16/QĐ-XPVPHC"], permit.History.Select(h => h.DecisionNumber));
    }

    [Fact]
    public async Task A_permit_past_its_expiry_date_is_expired_in_the_lookup()
    {
        using var host = new PressHost();
        await host.Permits().CreatePermitAsync(new CreatePermitRequest(Website()) { ExpiresOn = "2020-05-02" });

        var summary = await host.Registry().FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = Number });
        var inForce = await host.Permits().ListPermitsAsync(new ListPermitsRequest { Province = GiaLai, Status = "issued" });

        Assert.Equal(("expired", "2020-05-02"), (summary.Status, summary.ExpiresOn));
        Assert.Empty(inForce.Permits);
    }

    [Fact]
    public async Task The_registry_lists_the_seven_press_types_and_does_not_know_other_numbers()
    {
        using var host = new PressHost();

        var types = await host.Registry().ListLicenceTypesAsync(new ListLicenceTypesRequest());
        var missing = await Assert.ThrowsAsync<RpcException>(() => host.Registry().FindLicenceAsync(new FindLicenceRequest { Province = GiaLai, Number = "01/GCN" }).ResponseAsync);

        Assert.Equal(["general_website", "noncommercial_publication", "newsletter", "printing", "distribution_registration", "press_conference", "publication_import"], types.Types_);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_unknown_permit_type_is_refused_naming_the_field_and_nothing_is_written()
    {
        using var host = new PressHost();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Permits().CreatePermitAsync(new CreatePermitRequest(Website()) { Type = "magazine" }).ResponseAsync);
        var list = await host.Permits().ListPermitsAsync(new ListPermitsRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("type", error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Permits);
    }
}
