using System.Runtime.Serialization;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.ServiceKit.Tests;

public sealed class WireNamesTests
{
    public enum Sample
    {
        Active,
        TemporarilyClosed,
        AntiPiracyTeam,
    }

    public enum Generation
    {
        [EnumMember(Value = "4G")] Fourth,
        Other,
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

    [Fact]
    public void A_value_with_its_own_wire_form_uses_it_exactly()
    {
        Assert.Equal("4G", WireNames.ToWire(Generation.Fourth));
        Assert.True(WireNames.TryParse<Generation>("4G", out var parsed));
        Assert.Equal(Generation.Fourth, parsed);
        Assert.False(WireNames.TryParse<Generation>("4g", out _));
        Assert.False(WireNames.TryParse<Generation>("fourth", out _));
        Assert.Equal("4G, other", WireNames.AllOf<Generation>());
    }
}
