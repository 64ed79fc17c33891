namespace GiaLaiIct.Inspection.Relay;

/// <summary>The bearer token the relay presents to licence owners: it acts on its own, outside any request.</summary>
public interface IRelayCredentials
{
    Task<string> TokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the token after an owner turned it away, so the next call fetches a new one.</summary>
    void Invalidate();
}
