using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Inspection.V1;

namespace GiaLaiIct.Inspection.Tests;

/// <summary>Reporting caches the inspection figures only while this service answers a change stamp; it must move with every change.</summary>
public sealed class InputsStampTests
{
    [Fact]
    public async Task The_stamp_stays_while_nothing_changes_and_moves_on_with_a_committed_change()
    {
        using var host = new InspectionHost();
        var indicators = host.IndicatorsClient();
        var request = new GetInputsStampRequest { Province = "64" };

        var first = (await indicators.GetInputsStampAsync(request)).Stamp;
        var unchanged = (await indicators.GetInputsStampAsync(request)).Stamp;
        await host.InspectionsClient().CreateInspectionAsync(new CreateInspectionRequest
        {
            Province = "64", Id = "TT-2019-01", Kind = "scheduled", Field = "posts", Lead = "department", Unit = "622", StartedOn = "2019-04-02", Subjects = 5,
        });
        var afterCreate = (await indicators.GetInputsStampAsync(request)).Stamp;

        Assert.Equal(first, unchanged);
        Assert.NotEqual(first, afterCreate);
    }
}
