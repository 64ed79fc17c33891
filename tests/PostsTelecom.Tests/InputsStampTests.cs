using GiaLaiIct.Indicators.V1;
using GiaLaiIct.PostsTelecom.V1;

namespace GiaLaiIct.PostsTelecom.Tests;

public sealed class InputsStampTests
{
    [Fact]
    public async Task The_stamp_stays_while_nothing_changes_and_moves_on_with_every_committed_change()
    {
        using var host = new TelecomHost();
        var indicators = host.IndicatorsClient();
        var request = new GetInputsStampRequest { Province = "64" };

        var first = await indicators.GetInputsStampAsync(request);
        var unchanged = await indicators.GetInputsStampAsync(request);
        await host.StationsClient().CreateStationAsync(new CreateStationRequest
        {
            Province = "64", Id = "BTS-1", Kind = "bts", Operator = "VIETTEL", Unit = "23557", Technology = "4G", InServiceFrom = "2018-05-01",
        });
        var afterCreate = await indicators.GetInputsStampAsync(request);
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.StationsClient().CreateStationAsync(new CreateStationRequest
        {
            Province = "64", Id = "BTS-2", Kind = "tower", Operator = "VIETTEL", Unit = "23557", Technology = "4G", InServiceFrom = "2018-05-01",
        }).ResponseAsync);
        var afterRefusal = await indicators.GetInputsStampAsync(request);

        Assert.Equal(first, unchanged);
        Assert.NotEqual(first, afterCreate);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(afterCreate, afterRefusal);
    }
}
