extern alias service;

using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Tests;

public sealed class PressOrganisationsTests
{
    private static PressOrganisations.PressOrganisationsClient Client(ServiceTestHost<service::Program> host) => new(host.CreateGrpcChannel());

    [Theory]
    [InlineData("bao gia lai")]
    [InlineData("BÁO GIA LAI")]
    [InlineData("Báo  Gia")]
    [InlineData("đài phát")]
    public async Task Search_ignores_case_and_diacritics(string query)
    {
        using var host = new PressHost();
        var client = Client(host);
        await client.CreatePressOrganisationAsync(new CreatePressOrganisationRequest { Province = "64", Name = "Báo Gia Lai", Kind = "local_press_agency" });
        await client.CreatePressOrganisationAsync(new CreatePressOrganisationRequest { Province = "64", Name = "Đài Phát thanh - Truyền hình Gia Lai", Kind = "local_press_agency" });
        await client.CreatePressOrganisationAsync(new CreatePressOrganisationRequest { Province = "64", Name = "Văn phòng đại diện báo Thanh Niên", Kind = "representative_office" });

        var found = await client.ListPressOrganisationsAsync(new ListPressOrganisationsRequest { Province = "64", Q = query });

        Assert.Single(found.Organisations);
    }

    [Fact]
    public async Task Unknown_kind_is_refused_naming_the_field()
    {
        using var host = new PressHost();
        var client = Client(host);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreatePressOrganisationAsync(
            new CreatePressOrganisationRequest { Province = "64", Name = "Báo Gia Lai", Kind = "newspaper" }).ResponseAsync);
        var list = await client.ListPressOrganisationsAsync(new ListPressOrganisationsRequest { Province = "64" });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("kind", error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(list.Organisations);
    }
}
