using GiaLaiIct.AppHost.Hosting;

namespace GiaLaiIct.AppHost.Tests;

public sealed class RestartBackoffTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 4)]
    [InlineData(6, 16)]
    [InlineData(7, 30)]
    [InlineData(50, 30)]
    public void The_first_crash_restarts_at_once_then_the_delay_doubles_up_to_thirty_seconds(int consecutiveCrashes, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RestartBackoff.Delay(consecutiveCrashes));
    }

    [Fact]
    public void A_process_that_ran_a_minute_starts_the_count_again()
    {
        Assert.Equal(1, RestartBackoff.NextCount(5, TimeSpan.FromSeconds(61)));
        Assert.Equal(6, RestartBackoff.NextCount(5, TimeSpan.FromSeconds(3)));
    }
}
