using GiaLaiIct.ServiceDefaults.Text;

namespace GiaLaiIct.ServiceDefaults.Tests;

public sealed class WireNamesTests
{
    public enum Sample
    {
        Active,
        TemporarilyClosed,
        AntiPiracyTeam,
    }

    [Theory]
    [InlineData(Sample.Active, "active")]
    [InlineData(Sample.TemporarilyClosed, "temporarily_closed")]
    [InlineData(Sample.AntiPiracyTeam, "anti_piracy_team")]
    public void Values_travel_as_lower_snake_case_both_ways(Sample value, string wire)
    {
        Assert.Equal(wire, WireNames.ToWire(value));
        Assert.True(WireNames.TryParse<Sample>(wire, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("Active")]
    [InlineData("temporarilyclosed")]
    [InlineData("temporarily-closed")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("closed")]
    public void Other_spellings_are_not_accepted(string wire)
    {
        Assert.False(WireNames.TryParse<Sample>(wire, out _));
    }
}
