using GiaLaiIct.AppHost.Hosting;

namespace GiaLaiIct.AppHost.Tests;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(4, 16)]
    [InlineData(5, 30)]
    [InlineData(50, 30)]
    public void Restart_delay_doubles_up_to_thirty_seconds(int consecutiveFailures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), ProcessSupervisor.Backoff(consecutiveFailures));
    }
}
