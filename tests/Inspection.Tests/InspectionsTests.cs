using GiaLaiIct.Inspection.V1;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Inspection.Tests;

public sealed class InspectionsTests
{
    private static CreateInspectionRequest ValidInspection() => new()
    {
        Province = "64",
        Id = "TT-2018-01",
        Kind = "scheduled",
        Field = "games",
        Lead = "anti_piracy_team",
        Unit = "622",
        StartedOn = "2018-05-02",
        EndedOn = "2018-05-04",
        Subjects = 12,
    };

    [Fact]
    public async Task An_inspection_in_a_district_is_recorded_and_listed_by_field()
    {
        using var host = new InspectionHost();
        var client = host.InspectionsClient();

        await client.CreateInspectionAsync(ValidInspection());
        var games = await client.ListInspectionsAsync(new ListInspectionsRequest { Province = "64", Field = "games" });
        var press = await client.ListInspectionsAsync(new ListInspectionsRequest { Province = "64", Field = "press" });

        Assert.Equal(12, games.Inspections.Single().Subjects);
        Assert.Equal("anti_piracy_team", games.Inspections.Single().Lead);
        Assert.Empty(press.Inspections);
    }

    public static TheoryData<string, Action<CreateInspectionRequest>> InvalidRequests() => new()
    {
        { "endedOn", request => request.EndedOn = "2018-05-01" },
        { "subjects", request => request.Subjects = -1 },
        { "unit", request => request.Unit = "99999" },
        { "lead", request => request.Lead = "police" },
        { "field", request => request.Field = "" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_input_is_refused_naming_the_field_and_nothing_is_written(string field, Action<CreateInspectionRequest> spoil)
    {
        using var host = new InspectionHost();
        var client = host.InspectionsClient();
        var request = ValidInspection();
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateInspectionAsync(request).ResponseAsync);
        var list = await client.ListInspectionsAsync(new ListInspectionsRequest { Province = "64" });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Empty(list.Inspections);
    }

    [Fact]
    public async Task An_update_changes_the_findings_as_of_the_version_read_and_a_stale_one_is_refused()
    {
        using var host = new InspectionHost();
        var client = host.InspectionsClient();
        var created = await client.CreateInspectionAsync(ValidInspection());

        var updated = await client.UpdateInspectionAsync(new UpdateInspectionRequest
        {
            Province = "64", Id = created.Id, Kind = created.Kind, Field = created.Field, Lead = created.Lead, Unit = "23557",
            StartedOn = created.StartedOn, EndedOn = created.EndedOn, Subjects = 12, Violations = 3, ViolationsWithoutSanction = 1,
            Version = created.Version,
        });
        var stale = await Assert.ThrowsAsync<RpcException>(() => client.UpdateInspectionAsync(new UpdateInspectionRequest
        {
            Province = "64", Id = created.Id, Kind = created.Kind, Field = created.Field, Lead = created.Lead, Unit = created.Unit,
            StartedOn = created.StartedOn, Subjects = 20, Version = created.Version,
        }).ResponseAsync);
        var stored = await client.GetInspectionAsync(new GetInspectionRequest { Province = "64", Id = created.Id });

        Assert.Equal((3, 1, "23557"), (updated.Violations, updated.ViolationsWithoutSanction, updated.Unit));
        Assert.True(updated.Version > created.Version);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(updated, stored);
    }

    [Fact]
    public async Task Findings_beyond_the_subjects_inspected_are_refused_and_the_inspection_is_unchanged()
    {
        using var host = new InspectionHost();
        var client = host.InspectionsClient();
        var created = await client.CreateInspectionAsync(ValidInspection());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.UpdateInspectionAsync(new UpdateInspectionRequest
        {
            Province = "64", Id = created.Id, Kind = created.Kind, Field = created.Field, Lead = created.Lead, Unit = created.Unit,
            StartedOn = created.StartedOn, EndedOn = created.EndedOn, Subjects = 12, Violations = 13, Version = created.Version,
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["violations"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Equal(created, await client.GetInspectionAsync(new GetInspectionRequest { Province = "64", Id = created.Id }));
    }

    [Fact]
    public async Task Closing_records_the_conclusion_and_an_end_before_the_start_is_refused()
    {
        using var host = new InspectionHost();
        var client = host.InspectionsClient();
        var open = ValidInspection();
        open.EndedOn = "";
        var created = await client.CreateInspectionAsync(open);

        var early = await Assert.ThrowsAsync<RpcException>(() => client.CloseInspectionAsync(new CloseInspectionRequest
        {
            Province = "64", Id = created.Id, EndedOn = "2018-05-01", Conclusion = "Kết luận thanh tra số 12/KL-STTTT", Version = created.Version,
        }).ResponseAsync);
        var closed = await client.CloseInspectionAsync(new CloseInspectionRequest
        {
            Province = "64", Id = created.Id, EndedOn = "2018-05-09", Conclusion = "Kết luận thanh tra số 12/KL-STTTT", Version = created.Version,
        });

        Assert.Equal(StatusCode.InvalidArgument, early.StatusCode);
        Assert.Equal(["endedOn"], early.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(("", ""), (created.EndedOn, created.Conclusion));
        Assert.Equal(("2018-05-09", "Kết luận thanh tra số 12/KL-STTTT"), (closed.EndedOn, closed.Conclusion));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_a_gap_or_a_repeat_while_rows_are_added()
    {
        using var host = new InspectionHost();
        var client = host.InspectionsClient();
        for (var number = 1; number <= 7; number++)
        {
            var request = ValidInspection();
            request.Id = $"TT-2018-{number:D2}";
            await client.CreateInspectionAsync(request);
        }

        var seen = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await client.ListInspectionsAsync(new ListInspectionsRequest { Province = "64", PageSize = 3, PageToken = token });
            seen.AddRange(page.Inspections.Select(i => i.Id));
            token = page.NextPageToken;
            pages++;
            if (pages == 1)
            {
                // A row added after the first page, sorting before what is left, does not shift the pages that follow.
                var late = ValidInspection();
                late.Id = "TT-2017-99";
                await client.CreateInspectionAsync(late);
            }
        }
        while (token.Length > 0 && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"TT-2018-{n:D2}"), seen);
    }
}
