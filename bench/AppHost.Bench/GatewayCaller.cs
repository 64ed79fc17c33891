using System.Net;
using System.Net.Http.Headers;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Bench;

/// <summary>Calls the gateway as the admin client, fetching a fresh token when the one held is refused (a restarted gateway).</summary>
public sealed class GatewayCaller(RunningSystem system) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(1) })
    {
        BaseAddress = system.GatewayUrl,
        Timeout = TimeSpan.FromMinutes(5),
    };
    private string? _token;

    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request)
    {
        _token ??= await system.RequestTokenAsync("admin");
        var response = await SendWithTokenAsync(request());
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }
        response.Dispose();
        _token = await system.RequestTokenAsync("admin");
        return await SendWithTokenAsync(request());
    }

    private Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage message)
    {
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return _http.SendAsync(message);
    }

    public void Dispose() => _http.Dispose();
}
