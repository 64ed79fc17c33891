using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace GiaLaiIct.Inspection.Relay;

/// <summary>
/// A token from the gateway's token endpoint (OAuth2 client credentials of <see cref="LicenceRelayOptions.ClientId"/>),
/// kept until shortly before it expires.
/// </summary>
public sealed class GatewayClientCredentials(IHttpClientFactory httpClients, IOptions<LicenceRelayOptions> options, TimeProvider clock) : IRelayCredentials, IDisposable
{
    public const string HttpClientName = "gateway-token";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } held && clock.GetUtcNow() < held.RenewAt)
        {
            return held.Token;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && clock.GetUtcNow() < again.RenewAt)
            {
                return again.Token;
            }
            var settings = options.Value;
            if (string.IsNullOrEmpty(settings.ClientId))
            {
                throw new InvalidOperationException($"{LicenceRelayOptions.Section}:ClientId is not configured: the relay has no client to call licence owners as.");
            }
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ClientId,
                ["client_secret"] = settings.ClientSecret,
            }), cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
                ?? throw new InvalidOperationException("The gateway's token endpoint answered no token.");
            var lifetime = TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 60));
            _current = (answer.AccessToken, clock.GetUtcNow() + lifetime - (lifetime > RenewBefore * 2 ? RenewBefore : lifetime / 2));
            return answer.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _gate.Dispose();

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
