using GiaLaiIct.PostsTelecom.V1;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PostsTelecom.Tests;

public sealed class PostalServicePointsTests
{
    private static CreatePostalPointRequest ValidPoint(string id = "BD-IAKA") => new()
    {
        Province = "64",
        Id = id,
        Name = "Bưu điện văn hóa xã Ia Kha",
        Kind = "bdvhx",
        Unit = "23557",
        Status = "active",
        OpenedOn = "2018-03-01",
        Operator = "VNPT",
    };

    [Fact]
    public async Task A_created_point_is_read_back_with_its_values_in_nfc()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        var request = ValidPoint();
        request.Name = "Bưu điện văn hóa xã Ia Kha".Normalize(System.Text.NormalizationForm.FormD);

        var created = await client.CreatePostalPointAsync(request);
        var read = await client.GetPostalPointAsync(new GetPostalPointRequest { Province = "64", Id = "BD-IAKA" });

        Assert.Equal(1, created.Version);
        Assert.Equal("Bưu điện văn hóa xã Ia Kha".Normalize(System.Text.NormalizationForm.FormC), read.Name);
        Assert.Equal("bdvhx", read.Kind);
        Assert.Equal("2018-03-01", read.OpenedOn);
        Assert.Equal("23557", read.Unit);
    }

    [Fact]
    public async Task Repeating_a_create_answers_the_same_point_and_stores_one()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();

        var first = await client.CreatePostalPointAsync(ValidPoint());
        var repeated = await client.CreatePostalPointAsync(ValidPoint());
        var list = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });

        Assert.Equal(first, repeated);
        Assert.Single(list.Points);
    }

    [Fact]
    public async Task The_same_id_with_other_values_is_already_exists()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        await client.CreatePostalPointAsync(ValidPoint());
        var other = ValidPoint();
        other.Kind = "agent";

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreatePostalPointAsync(other).ResponseAsync);
        var read = await client.GetPostalPointAsync(new GetPostalPointRequest { Province = "64", Id = "BD-IAKA" });

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("bdvhx", read.Kind);
    }

    public static TheoryData<string, Action<CreatePostalPointRequest>> InvalidRequests() => new()
    {
        { "id", request => request.Id = "" },
        { "name", request => request.Name = "  " },
        { "kind", request => request.Kind = "kiosk" },
        { "kind", request => request.Kind = "post office box" },
        { "status", request => request.Status = "open" },
        { "openedOn", request => request.OpenedOn = "01/03/2018" },
        { "openedOn", request => request.OpenedOn = "2018-02-30" },
        { "unit", request => request.Unit = "99999" },
        { "unit", request => request.Unit = "622" },
        { "unit", request => request.Unit = "18070" },
        { "name", request => request.Name = new string('x', 201) },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_input_is_refused_naming_the_field_and_nothing_is_written(string field, Action<CreatePostalPointRequest> spoil)
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        var request = ValidPoint();
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreatePostalPointAsync(request).ResponseAsync);
        var list = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal([field], violations.Select(v => v.Field).Distinct());
        Assert.Empty(list.Points);
    }

    [Fact]
    public async Task Listing_pages_through_every_point_once_and_filters_by_kind()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        for (var i = 0; i < 7; i++)
        {
            var point = ValidPoint($"P{i:00}");
            point.Kind = i % 2 == 0 ? "bdvhx" : "mailbox";
            await client.CreatePostalPointAsync(point);
        }

        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64", PageSize = 3, PageToken = token });
            Assert.True(page.Points.Count <= 3);
            seen.AddRange(page.Points.Select(p => p.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        var mailboxes = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64", Kind = "mailbox" });

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"P{i:00}"), seen);
        Assert.Equal(["P01", "P03", "P05"], mailboxes.Points.Select(p => p.Id));
    }

    [Fact]
    public async Task A_grpc_message_over_the_size_limit_is_resource_exhausted_and_writes_nothing()
    {
        using var host = new TelecomHost();
        var client = host.PointsClient();
        var request = ValidPoint();
        request.Name = new string('x', 5 * 1024 * 1024);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreatePostalPointAsync(request).ResponseAsync);
        var list = await client.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("maximum", error.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(list.Points);
    }
}
