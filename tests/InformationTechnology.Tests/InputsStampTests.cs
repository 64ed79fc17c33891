using GiaLaiIct.Indicators.V1;
using GiaLaiIct.InformationTechnology.V1;

namespace GiaLaiIct.InformationTechnology.Tests;

/// <summary>Reporting caches IT's figures only while IT answers a change stamp; it must move with every change.</summary>
public sealed class InputsStampTests
{
    [Fact]
    public async Task The_stamp_stays_while_nothing_changes_and_moves_on_with_a_committed_change()
    {
        using var host = new ItHost();
        var indicators = host.IndicatorsClient();
        var request = new GetInputsStampRequest { Province = ItHost.GiaLai };

        var first = (await indicators.GetInputsStampAsync(request)).Stamp;
        var unchanged = (await indicators.GetInputsStampAsync(request)).Stamp;
        await host.AgenciesClient().CreateAgencyAsync(new CreateAgencyRequest { Province = ItHost.GiaLai, Code = "STP", Name = "Sở Tư pháp", Kind = "department", Unit = ItHost.GiaLai, Procedures = 120 });
        var afterCreate = (await indicators.GetInputsStampAsync(request)).Stamp;

        Assert.Equal(first, unchanged);
        Assert.NotEqual(first, afterCreate);
    }
}
