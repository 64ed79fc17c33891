namespace GiaLaiIct.EndToEnd.Tests;

internal static class GatewayClients
{
    /// <summary>Retries a call until it succeeds or the time is up; answers the last failure otherwise.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> call, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }
}
