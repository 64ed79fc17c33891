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
}
