extern alias service;

using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.InformationTechnology.Tests;

public sealed class OnlinePublicServicesTests
{
    private static ServiceTestHost<service::Program> NewHost() => new("itdb");

    private static CreateOnlineServiceRequest ValidService(string code = "1.004227") => new()
    {
        Province = "64",
        Code = code,
        Name = "Cấp giấy phép hoạt động in",
        AgencyCode = "STTTT",
        AgencyName = "Sở Thông tin và Truyền thông",
        Level = 4,
        EffectiveFrom = "2018-01-01",
    };

    [Fact]
    public async Task A_created_service_is_listed_by_level_and_agency()
    {
        using var host = NewHost();
        var client = new OnlinePublicServices.OnlinePublicServicesClient(host.CreateGrpcChannel());
        await client.CreateOnlineServiceAsync(ValidService("A"));
        var level3 = ValidService("B");
        level3.Level = 3;
        await client.CreateOnlineServiceAsync(level3);

        var fourth = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64", Level = 4 });
        var byAgency = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64", AgencyCode = "STTTT" });

        Assert.Equal(["A"], fourth.Services.Select(s => s.Code));
        Assert.Equal(["A", "B"], byAgency.Services.Select(s => s.Code));
    }

    public static TheoryData<string, Action<CreateOnlineServiceRequest>> InvalidRequests() => new()
    {
        { "code", request => request.Code = "" },
        { "level", request => request.Level = 5 },
        { "level", request => request.Level = 0 },
        { "agencyName", request => request.AgencyName = "" },
        { "effectiveFrom", request => request.EffectiveFrom = "2018-13-01" },
        { "effectiveTo", request => request.EffectiveTo = "2017-12-31" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_input_is_refused_naming_the_field_and_nothing_is_written(string field, Action<CreateOnlineServiceRequest> spoil)
    {
        using var host = NewHost();
        var client = new OnlinePublicServices.OnlinePublicServicesClient(host.CreateGrpcChannel());
        var request = ValidService();
        spoil(request);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateOnlineServiceAsync(request).ResponseAsync);
        var list = await client.ListOnlineServicesAsync(new ListOnlineServicesRequest { Province = "64" });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct());
        Assert.Empty(list.Services);
    }
}
