using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>The communication work API (communication_work.proto) called over gRPC.</summary>
public sealed class CommunicationWorkApiTests
{
    private const string GiaLai = PressHost.GiaLai;

    private static CreateCommunicationWorkRequest Work(
        string id, string kind = "directive", string topic = "general", string title = "Hướng dẫn tuyên truyền", string heldOn = "2018-02-01",
        string unit = GiaLai, int quantity = 1, int trainees = 0) => new()
    {
        Province = GiaLai, Id = id, Kind = kind, Topic = topic, Title = title, HeldOn = heldOn, Unit = unit, Quantity = quantity, Trainees = trainees,
    };

    private static UpdateCommunicationWorkRequest Update(CommunicationWork work, long version) => new()
    {
        Province = work.Province, Id = work.Id, Kind = work.Kind, Topic = work.Topic, Title = work.Title, HeldOn = work.HeldOn, Unit = work.Unit,
        Quantity = work.Quantity, Trainees = work.Trainees, Version = version,
    };

    private static async Task<List<string>> IdsAsync(CommunicationWorks.CommunicationWorksClient client, ListCommunicationWorkRequest request) =>
        (await client.ListCommunicationWorkAsync(request)).Records.Select(w => w.Id).ToList();

    [Fact]
    public async Task Created_work_is_listed_as_written_and_filtered_by_kind_topic_inclusive_dates_unit_and_title_words_without_diacritics()
    {
        using var host = new PressHost();
        var client = host.CommunicationWorks();
        var directive = await client.CreateCommunicationWorkAsync(Work("CT-01", title: "Hướng dẫn tuyên truyền Đại hội Đảng bộ tỉnh", quantity: 12));
        await client.CreateCommunicationWorkAsync(Work("CT-02", "material", "foreign_information", "Pano thông tin đối ngoại vùng biên giới", "2018-05-10", "627", 30));
        var course = await client.CreateCommunicationWorkAsync(Work("CT-03", "class", "poverty_reduction", "Lớp tập huấn kỹ năng truyền thông", "2018-09-15", "23557", 2, 150));
        // No topic: general.
        var untopical = await client.CreateCommunicationWorkAsync(Work("CT-04", "material", "", "Áp phích an toàn giao thông", "2018-11-20", "622", 500));

        var all = await client.ListCommunicationWorkAsync(new ListCommunicationWorkRequest { Province = GiaLai });

        Assert.Equal(new CommunicationWork
        {
            Province = GiaLai, Id = "CT-03", Kind = "class", Topic = "poverty_reduction", Title = "Lớp tập huấn kỹ năng truyền thông", HeldOn = "2018-09-15",
            Unit = "23557", Quantity = 2, Trainees = 150, Version = 1,
        }, course);
        Assert.Equal(("directive", "general", 12, 0), (directive.Kind, directive.Topic, directive.Quantity, directive.Trainees));
        Assert.Equal("general", untopical.Topic);
        Assert.Equal(["CT-01", "CT-02", "CT-03", "CT-04"], all.Records.Select(w => w.Id));
        Assert.Equal(course, all.Records[2]);
        Assert.Equal(["CT-02", "CT-04"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Kind = "material" }));
        Assert.Equal(["CT-03"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Kind = "class" }));
        Assert.Equal(["CT-01", "CT-04"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Topic = "general" }));
        Assert.Equal(["CT-02"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Topic = "foreign_information" }));
        Assert.Equal(["CT-02", "CT-03"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, HeldFrom = "2018-05-10", HeldTo = "2018-09-15" }));
        Assert.Equal(["CT-02"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, HeldFrom = "2018-02-02", HeldTo = "2018-09-14" }));
        // Pleiku (622) holds its commune Yên Đỗ (23557); a commune is itself only.
        Assert.Equal(["CT-03", "CT-04"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Unit = "622" }));
        Assert.Equal(["CT-03"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Unit = "23557" }));
        Assert.Equal(["CT-02"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Unit = "627" }));
        Assert.Equal(["CT-03"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Q = "tap huan ky nang" }));
        Assert.Equal(["CT-02"], await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Q = "DOI NGOAI" }));
        Assert.Empty(await IdsAsync(client, new ListCommunicationWorkRequest { Province = GiaLai, Q = "doi ngoai", Kind = "directive" }));
    }

    [Fact]
    public async Task The_same_create_again_answers_the_stored_work_without_writing_and_other_values_under_its_id_are_already_exists()
    {
        using var host = new PressHost();
        var client = host.CommunicationWorks();
        var request = Work("CT-10", "class", "general", "Lớp bồi dưỡng nghiệp vụ", "2018-06-06", "627", 1, 45);
        var first = await client.CreateCommunicationWorkAsync(request);
        var before = SqliteDump.Of(host.DatabaseFile);

        var again = await client.CreateCommunicationWorkAsync(request);
        var afterRepeat = SqliteDump.Of(host.DatabaseFile);
        var other = await Assert.ThrowsAsync<RpcException>(() => client.CreateCommunicationWorkAsync(new CreateCommunicationWorkRequest(request) { Trainees = 46 }).ResponseAsync);
        var list = await client.ListCommunicationWorkAsync(new ListCommunicationWorkRequest { Province = GiaLai });

        Assert.Equal(first, again);
        Assert.Equal(1, again.Version);
        Assert.Equal(before, afterRepeat);
        Assert.Equal(StatusCode.AlreadyExists, other.StatusCode);
        Assert.Equal([first], list.Records);
        Assert.Equal(before, SqliteDump.Of(host.DatabaseFile));
    }

    [Fact]
    public async Task An_update_on_a_stale_version_is_aborted_and_leaves_the_newer_values()
    {
        using var host = new PressHost();
        var client = host.CommunicationWorks();
        var created = await client.CreateCommunicationWorkAsync(Work("CT-20", "class", "general", "Lớp tập huấn", "2018-03-03", "622", 1, 40));
        var updated = await client.UpdateCommunicationWorkAsync(new UpdateCommunicationWorkRequest(Update(created, created.Version)) { Trainees = 42 });

        var stale = await Assert.ThrowsAsync<RpcException>(() => client.UpdateCommunicationWorkAsync(
            new UpdateCommunicationWorkRequest(Update(created, created.Version)) { Quantity = 2 }).ResponseAsync);
        var noVersion = await Assert.ThrowsAsync<RpcException>(() => client.UpdateCommunicationWorkAsync(
            new UpdateCommunicationWorkRequest(Update(updated, 0)) { Quantity = 3 }).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.UpdateCommunicationWorkAsync(
            new UpdateCommunicationWorkRequest(Update(updated, updated.Version)) { Id = "CT-99" }).ResponseAsync);
        var list = await client.ListCommunicationWorkAsync(new ListCommunicationWorkRequest { Province = GiaLai });

        Assert.Equal((42, 2L), (updated.Trainees, updated.Version));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noVersion.StatusCode);
        Assert.Equal("version", noVersion.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal([updated], list.Records);
    }

    [Theory]
    [InlineData("kind", "seminar", "general", "2018-05-10", GiaLai, 1, 0)]
    [InlineData("topic", "material", "sports", "2018-05-10", GiaLai, 1, 0)]
    [InlineData("heldOn", "material", "general", "2018/05/10", GiaLai, 1, 0)]
    [InlineData("quantity", "material", "general", "2018-05-10", GiaLai, -1, 0)]
    [InlineData("trainees", "directive", "general", "2018-05-10", GiaLai, 1, 20)]
    [InlineData("trainees", "class", "general", "2018-05-10", GiaLai, 1, -5)]
    [InlineData("unit", "class", "general", "2018-05-10", "436", 1, 10)]
    public async Task Bad_work_is_refused_naming_the_field_and_nothing_is_written(string field, string kind, string topic, string heldOn, string unit, int quantity, int trainees)
    {
        using var host = new PressHost();
        var client = host.CommunicationWorks();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateCommunicationWorkAsync(
            Work("CT-01", kind, topic, "Tài liệu tuyên truyền", heldOn, unit, quantity, trainees)).ResponseAsync);
        var list = await client.ListCommunicationWorkAsync(new ListCommunicationWorkRequest { Province = GiaLai });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Records);
    }

    [Fact]
    public async Task Pages_of_two_over_five_records_give_every_record_once_in_id_order()
    {
        using var host = new PressHost();
        var client = host.CommunicationWorks();
        foreach (var id in new[] { "CT-03", "CT-05", "CT-01", "CT-04", "CT-02" })
        {
            await client.CreateCommunicationWorkAsync(Work(id, title: $"Văn bản {id}"));
        }

        var pages = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await client.ListCommunicationWorkAsync(new ListCommunicationWorkRequest { Province = GiaLai, PageSize = 2, PageToken = token });
            pages.Add(string.Join(' ', page.Records.Select(w => w.Id)));
            token = page.NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);

        Assert.Equal(["CT-01 CT-02", "CT-03 CT-04", "CT-05"], pages);
    }

    [Fact]
    public async Task One_record_is_found_by_its_id_and_an_unknown_id_is_not_found()
    {
        using var host = new PressHost();
        var client = host.CommunicationWorks();
        var created = await client.CreateCommunicationWorkAsync(Work("CT-21", "class", "foreign_information", "Lớp bồi dưỡng thông tin đối ngoại", "2018-06-12", "622", 1, 80));

        var found = await client.GetCommunicationWorkAsync(new GetCommunicationWorkRequest { Province = GiaLai, Id = " CT-21 " });
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetCommunicationWorkAsync(new GetCommunicationWorkRequest { Province = GiaLai, Id = "CT-22" }).ResponseAsync);
        var noId = await Assert.ThrowsAsync<RpcException>(() => client.GetCommunicationWorkAsync(new GetCommunicationWorkRequest { Province = GiaLai }).ResponseAsync);

        Assert.Equal(created, found);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noId.StatusCode);
        Assert.Equal(["id"], noId.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }
}
