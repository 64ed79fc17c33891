namespace GiaLaiIct.Inspection.Relay;

/// <summary>Wakes the relay when a decision with a licence effect was committed, so it need not wait for its next poll.</summary>
public sealed class LicenceRelaySignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // At most one wake-up is held: one pass picks up everything committed before it.
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    public void Dispose() => _signal.Dispose();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
