using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// One service in process, on its own SQLite file in a temp directory, reached over a real gRPC
/// channel (and HTTP client for transcoded routes) through the test server.
/// </summary>
public class ServiceTestHost<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _serviceOverrides = [];

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

    public GrpcChannel CreateGrpcChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
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
