using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// One service in process, on its own SQLite file in a temp directory, reached over a real gRPC
/// channel (and HTTP client for transcoded routes) through the test server. Tokens are checked against
/// <see cref="TestTokens"/>; clients and channels call as admin unless told otherwise.
/// </summary>
public class ServiceTestHost<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _serviceOverrides = [];
    private TimeProvider? _clock;

    public ServiceTestHost(string databaseName)
    {
        DatabaseFile = _directory.File(databaseName + ".db");
        _settings[$"ConnectionStrings:{databaseName}"] = $"Data Source={DatabaseFile}";
    }

    public string DatabaseFile { get; }

    public ServiceTestHost<TProgram> WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public ServiceTestHost<TProgram> WithServices(Action<IServiceCollection> configure)
    {
        _serviceOverrides.Add(configure);
        return this;
    }

    /// <summary>
    /// Gives the service <paramref name="clock"/> for its time, and issues the callers' tokens at its time, so a
    /// test may set the service's today anywhere without its tokens being expired or not yet valid.
    /// </summary>
    public virtual ServiceTestHost<TProgram> WithClock(TimeProvider clock)
    {
        _clock = clock;
        return WithServices(services => services.AddSingleton(clock));
    }

    public GrpcChannel CreateGrpcChannel() => CreateGrpcChannel(TestCaller.Admin);

    /// <summary>A channel whose calls carry the caller's token; none for a null caller.</summary>
    public GrpcChannel CreateGrpcChannel(TestCaller? caller) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = HandlerFor(caller) });

    /// <summary>A channel whose calls carry the given token as it is.</summary>
    public GrpcChannel CreateGrpcChannel(string token) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = new BearerTokenHandler(token, Server.CreateHandler()) });

    /// <summary>An HTTP client whose requests carry the caller's token; none for a null caller.</summary>
    public HttpClient CreateClientAs(TestCaller? caller) => new(HandlerFor(caller)) { BaseAddress = Server.BaseAddress };

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Issue(TestCaller.Admin, _clock?.GetUtcNow()));
    }

    private HttpMessageHandler HandlerFor(TestCaller? caller) =>
        caller is null ? Server.CreateHandler() : new BearerTokenHandler(TestTokens.Issue(caller, _clock?.GetUtcNow()), Server.CreateHandler());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            TestTokens.TrustTestKey(services);
            foreach (var configure in _serviceOverrides)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }
}
