using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>The legal-deposit checks API (deposit_checks.proto) called over gRPC.</summary>
public sealed class DepositChecksApiTests
{
    private const string GiaLai = PressHost.GiaLai;

    private static CreateDepositCheckRequest Check(string id, string checkedOn, string title, string result = "compliant", int violations = 0) => new()
    {
        Province = GiaLai, Id = id, CheckedOn = checkedOn, Title = title, Result = result, ViolationsFound = violations,
    };

    private static UpdateDepositCheckRequest Update(DepositCheck check, long version) => new()
    {
        Province = check.Province, Id = check.Id, CheckedOn = check.CheckedOn, Title = check.Title, Result = check.Result,
        ViolationsFound = check.ViolationsFound, Version = version,
    };

    private static async Task<List<string>> IdsAsync(DepositChecks.DepositChecksClient client, ListDepositChecksRequest request) =>
        (await client.ListDepositChecksAsync(request)).Checks.Select(c => c.Id).ToList();

    [Fact]
    public async Task A_created_check_reads_back_by_id_and_is_listed_by_result_by_inclusive_dates_and_by_title_words_without_diacritics()
    {
        using var host = new PressHost();
        var client = host.DepositChecks();
        await client.CreateDepositCheckAsync(Check("LC-2018-01", "2018-01-15", "Bản tin Sở Y tế Gia Lai số 1"));
        var created = await client.CreateDepositCheckAsync(Check("LC-2018-02", "2018-04-02", "  Tạp chí Văn nghệ Phố Núi  ", "violation", 2));
        await client.CreateDepositCheckAsync(Check("LC-2018-03", "2018-07-20", "Kỷ yếu Đại hội Đoàn thanh niên", "violation", 1));

        var read = await client.GetDepositCheckAsync(new GetDepositCheckRequest { Province = GiaLai, Id = "LC-2018-02" });

        // The title is stored trimmed; a new record has version 1.
        var expected = new DepositCheck
        {
            Province = GiaLai, Id = "LC-2018-02", CheckedOn = "2018-04-02", Title = "Tạp chí Văn nghệ Phố Núi", Result = "violation", ViolationsFound = 2, Version = 1,
        };
        Assert.Equal(expected, created);
        Assert.Equal(expected, read);
        Assert.Equal(["LC-2018-01", "LC-2018-02", "LC-2018-03"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai }));
        Assert.Equal(["LC-2018-02", "LC-2018-03"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, Result = "violation" }));
        Assert.Equal(["LC-2018-01"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, Result = "compliant" }));
        // Both bounds are inclusive: the 2nd check is on the first day, the 3rd one day after the last.
        Assert.Equal(["LC-2018-02"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, CheckedFrom = "2018-04-02", CheckedTo = "2018-07-19" }));
        Assert.Equal(["LC-2018-02", "LC-2018-03"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, CheckedFrom = "2018-04-02", CheckedTo = "2018-07-20" }));
        Assert.Equal(["LC-2018-01"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, CheckedTo = "2018-04-01" }));
        Assert.Equal(["LC-2018-02"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, Q = "van nghe pho nui" }));
        Assert.Equal(["LC-2018-02"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, Q = "TẠP CHÍ" }));
        Assert.Equal(["LC-2018-03"], await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, Q = "dai hoi doan", Result = "violation" }));
        Assert.Empty(await IdsAsync(client, new ListDepositChecksRequest { Province = GiaLai, Q = "dai hoi doan", Result = "compliant" }));
    }

    [Fact]
    public async Task The_same_create_again_answers_the_stored_check_without_writing_and_other_values_under_its_id_are_already_exists()
    {
        using var host = new PressHost();
        var client = host.DepositChecks();
        var request = Check("LC-07", "2018-05-10", "Bản tin Hội Nông dân", "violation", 3);
        var first = await client.CreateDepositCheckAsync(request);
        var before = SqliteDump.Of(host.DatabaseFile);

        var again = await client.CreateDepositCheckAsync(request);
        var afterRepeat = SqliteDump.Of(host.DatabaseFile);
        var other = await Assert.ThrowsAsync<RpcException>(() => client.CreateDepositCheckAsync(new CreateDepositCheckRequest(request) { ViolationsFound = 4 }).ResponseAsync);
        var list = await client.ListDepositChecksAsync(new ListDepositChecksRequest { Province = GiaLai });

        Assert.Equal(first, again);
        Assert.Equal(1, again.Version);
        Assert.Equal(before, afterRepeat);
        Assert.Equal(StatusCode.AlreadyExists, other.StatusCode);
        Assert.Equal([first], list.Checks);
        Assert.Equal(before, SqliteDump.Of(host.DatabaseFile));
    }

    [Fact]
    public async Task An_update_on_a_stale_version_is_aborted_and_leaves_the_newer_values()
    {
        using var host = new PressHost();
        var client = host.DepositChecks();
        var created = await client.CreateDepositCheckAsync(Check("LC-09", "2018-06-01", "Tờ gấp tuyên truyền", "violation", 1));
        var updated = await client.UpdateDepositCheckAsync(new UpdateDepositCheckRequest(Update(created, created.Version)) { ViolationsFound = 2 });

        var stale = await Assert.ThrowsAsync<RpcException>(() => client.UpdateDepositCheckAsync(
            new UpdateDepositCheckRequest(Update(created, created.Version)) { Result = "compliant", ViolationsFound = 0 }).ResponseAsync);
        var afterStale = await client.GetDepositCheckAsync(new GetDepositCheckRequest { Province = GiaLai, Id = "LC-09" });
        // What is stored already, sent again on the old version, is a retry and not a conflict: nothing is written.
        var retried = await client.UpdateDepositCheckAsync(Update(updated, created.Version));
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.UpdateDepositCheckAsync(
            new UpdateDepositCheckRequest(Update(created, 1)) { Id = "LC-99" }).ResponseAsync);

        Assert.Equal((2, 2L), (updated.ViolationsFound, updated.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(updated, afterStale);
        Assert.Equal(updated, retried);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("result", "2018-03-01", "approved", 0, "Bản tin")]
    [InlineData("checkedOn", "2018-13-01", "compliant", 0, "Bản tin")]
    [InlineData("checkedOn", "01/03/2018", "compliant", 0, "Bản tin")]
    [InlineData("violationsFound", "2018-03-01", "violation", -1, "Bản tin")]
    [InlineData("violationsFound", "2018-03-01", "compliant", 2, "Bản tin")]
    [InlineData("title", "2018-03-01", "compliant", 0, "   ")]
    public async Task A_bad_check_is_refused_naming_the_field_and_nothing_is_written(string field, string checkedOn, string result, int violations, string title)
    {
        using var host = new PressHost();
        var client = host.DepositChecks();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateDepositCheckAsync(Check("LC-01", checkedOn, title, result, violations)).ResponseAsync);
        var list = await client.ListDepositChecksAsync(new ListDepositChecksRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Checks);
    }

    [Fact]
    public async Task Pages_of_two_over_five_checks_give_every_check_once_in_id_order()
    {
        using var host = new PressHost();
        var client = host.DepositChecks();
        foreach (var id in new[] { "LC-05", "LC-02", "LC-04", "LC-01", "LC-03" })
        {
            await client.CreateDepositCheckAsync(Check(id, "2018-02-01", $"Ấn phẩm {id}"));
        }

        var pages = new List<List<string>>();
        var token = string.Empty;
        do
        {
            var page = await client.ListDepositChecksAsync(new ListDepositChecksRequest { Province = GiaLai, PageSize = 2, PageToken = token });
            pages.Add(page.Checks.Select(c => c.Id).ToList());
            token = page.NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);

        Assert.Equal(["LC-01 LC-02", "LC-03 LC-04", "LC-05"], pages.Select(p => string.Join(' ', p)));
    }
}
