using GiaLaiIct.Indicators.V1;
using GiaLaiIct.PressPublishing.V1;

namespace GiaLaiIct.PressPublishing.Tests;

/// <summary>Reporting caches the press figures only while this service answers a change stamp; it must move with every change.</summary>
public sealed class InputsStampTests
{
    [Fact]
    public async Task The_stamp_stays_while_nothing_changes_and_moves_on_with_a_committed_change()
    {
        using var host = new PressHost();
        var indicators = host.Indicators();
        var request = new GetInputsStampRequest { Province = PressHost.GiaLai };

        var first = (await indicators.GetInputsStampAsync(request)).Stamp;
        var unchanged = (await indicators.GetInputsStampAsync(request)).Stamp;
        await host.Organisations().CreatePressOrganisationAsync(new CreatePressOrganisationRequest
        {
            Province = PressHost.GiaLai, Name = "Báo Gia Lai", Kind = "local_press_agency", Unit = PressHost.GiaLai, StartedOn = "1975-01-01",
        });
        var afterCreate = (await indicators.GetInputsStampAsync(request)).Stamp;

        Assert.Equal(first, unchanged);
        Assert.NotEqual(first, afterCreate);
    }
}
