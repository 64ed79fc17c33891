extern alias service;

using service::GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.ServiceKit.Domain;

namespace GiaLaiIct.PostsTelecom.Tests;

/// <summary>The licence's own state changes, without a host: what the API, the import and a sanction all go through.</summary>
public sealed class TelecomLicenceRulesTests
{
    private static readonly LicenceFacts Facts = new(
        "64", "05/GCN-STTTT", LicenceType.InternetAgent, "Đại lý Internet Hoàng Anh", "23557", new DateOnly(2018, 3, 1), new DateOnly(2023, 3, 1));

    [Fact]
    public void A_recorded_licence_writes_its_first_history_entry_as_of_its_issue()
    {
        var licence = TelecomLicence.Record(Facts, LicenceStatus.Issued, "issued", "officer", out var first);

        Assert.Equal((LicenceStatus.Issued, "dai ly internet hoang anh"), (licence.Status, licence.HolderFolded));
        Assert.Equal((1, LicenceStatus.Issued, new DateOnly(2018, 3, 1), "issued", "officer", "05/GCN-STTTT"),
            (first.Sequence, first.Status, first.EffectiveOn, first.Reason, first.ChangedBy, first.LicenceNumber));
    }

    [Fact]
    public void Suspend_reinstate_revoke_each_move_the_status_and_number_the_history_on()
    {
        var licence = TelecomLicence.Record(Facts, LicenceStatus.Issued, "issued", "officer", out var first);

        var suspended = licence.Suspend(new DateOnly(2019, 1, 10), first, "complaint", "officer");
        Assert.Equal((LicenceStatus.Suspended, 2, LicenceStatus.Suspended), (licence.Status, suspended.Sequence, suspended.Status));
        var reinstated = licence.Reinstate(new DateOnly(2019, 2, 10), suspended, null, "officer");
        Assert.Equal((LicenceStatus.Issued, 3), (licence.Status, reinstated.Sequence));
        var revoked = licence.Revoke(new DateOnly(2019, 3, 10), reinstated, null, "officer");
        Assert.Equal((LicenceStatus.Revoked, 4, new DateOnly(2019, 3, 10)), (licence.Status, revoked.Sequence, revoked.EffectiveOn));
    }

    [Fact]
    public void A_change_dated_before_the_last_one_is_refused_naming_the_date_field()
    {
        var licence = TelecomLicence.Record(Facts, LicenceStatus.Issued, "issued", "officer", out var first);

        var refusal = Assert.Throws<DomainRuleException>(() => licence.Suspend(new DateOnly(2018, 2, 1), first, null, "officer"));

        Assert.Equal(("effectiveOn", "'2018-02-01' is before the licence's last change (2018-03-01)"), (refusal.Field, refusal.Message));
        Assert.Equal(LicenceStatus.Issued, licence.Status);
    }

    [Fact]
    public void A_change_the_status_does_not_allow_is_refused_without_a_field()
    {
        var licence = TelecomLicence.Record(Facts, LicenceStatus.Issued, "issued", "officer", out var first);
        var revoked = licence.Revoke(new DateOnly(2019, 1, 1), first, null, "officer");

        var refusal = Assert.Throws<DomainRuleException>(() => licence.Reinstate(new DateOnly(2019, 2, 1), revoked, null, "officer"));

        Assert.Null(refusal.Field);
        Assert.Equal("Licence 05/GCN-STTTT is revoked on 2019-02-01; it cannot be reinstated.", refusal.Message);
    }

    [Fact]
    public void An_expired_licence_cannot_be_suspended()
    {
        var licence = TelecomLicence.Record(Facts, LicenceStatus.Issued, "issued", "officer", out var first);

        var refusal = Assert.Throws<DomainRuleException>(() => licence.Suspend(new DateOnly(2024, 1, 1), first, null, "officer"));

        Assert.Contains("is expired on 2024-01-01", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_sanction_to_the_same_effect_is_recorded_without_another_change()
    {
        var licence = TelecomLicence.Record(Facts, LicenceStatus.Issued, "issued", "officer", out var first);
        var suspension = licence.ApplySanction(LicenceAction.Suspend, new DateOnly(2019, 1, 10), first, "27/QĐ-XPVPHC", "inspector");

        var again = licence.ApplySanction(LicenceAction.Suspend, new DateOnly(2019, 1, 12), suspension, "28/QĐ-XPVPHC", "inspector");

        Assert.Equal((LicenceStatus.Suspended, 3, "28/QĐ-XPVPHC", "sanction decision"), (licence.Status, again.Sequence, again.DecisionNumber, again.Reason));
        Assert.Throws<DomainRuleException>(() => licence.ApplySanction(LicenceAction.Reinstate, new DateOnly(2019, 2, 1), again, "29/QĐ", "inspector"));
    }

    [Fact]
    public void A_restated_status_writes_an_entry_only_when_it_differs()
    {
        var licence = TelecomLicence.Record(Facts, LicenceStatus.Issued, "dataset import", "importer", out _);

        Assert.Null(licence.Restate(LicenceStatus.Issued, new DateOnly(2020, 1, 1), 1, "dataset import", "importer"));
        var change = licence.Restate(LicenceStatus.Revoked, new DateOnly(2020, 1, 1), 1, "dataset import", "importer");

        Assert.Equal((2, LicenceStatus.Revoked, LicenceStatus.Revoked), (change?.Sequence, change?.Status, licence.Status));
    }

    [Theory]
    [InlineData("2018-03-01", "2018-02-28", "issuedOn", "'2018-02-28' is before issuedOn (2018-03-01)")]
    [InlineData("2018-03-01", "2018-03-01", "issuedOn", null)]
    [InlineData("2018-03-01", "2018-02-28", "issued_on", "'2018-02-28' is before issued_on (2018-03-01)")]
    public void The_expiry_rule_is_one_for_the_api_and_the_import(string issuedOn, string expiresOn, string field, string? problem)
    {
        Assert.Equal(problem, TelecomLicence.ExpiryProblem(Day(issuedOn), Day(expiresOn), field));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
