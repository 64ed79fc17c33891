using GiaLaiIct.TestSupport;
using Grpc.Net.Client;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// One service started in process by its own test host (<see cref="ServiceTestHost{TProgram}"/>) on a SQLite file of
/// its own, seen without its Program type so that one check can run over all five services.
/// </summary>
public sealed class InProcessService : IDisposable
{
    private readonly IDisposable _host;
    private readonly Func<TestCaller?, GrpcChannel> _channel;
    private readonly Func<TestCaller?, HttpClient> _http;
    private readonly Func<IServiceProvider> _services;

    private InProcessService(IDisposable host, Func<TestCaller?, GrpcChannel> channel, Func<TestCaller?, HttpClient> http, Func<IServiceProvider> services, string databaseFile)
    {
        _host = host;
        _channel = channel;
        _http = http;
        _services = services;
        DatabaseFile = databaseFile;
    }

    public static InProcessService Of<TProgram>(ServiceTestHost<TProgram> host) where TProgram : class =>
        new(host, caller => host.CreateGrpcChannel(caller), caller => host.CreateClientAs(caller), () => host.Services, host.DatabaseFile);

    /// <summary>The service's own database (not the one of the Reporting host a division looks its units up in).</summary>
    public string DatabaseFile { get; }

    /// <summary>Starts the host on first use.</summary>
    public IServiceProvider Services => _services();

    /// <summary>A channel calling as <paramref name="caller"/>; without a token for null.</summary>
    public GrpcChannel Channel(TestCaller? caller) => _channel(caller);

    public HttpClient Http(TestCaller? caller) => _http(caller);

    /// <summary>Every gRPC method the host maps, as its endpoints say.</summary>
    public IReadOnlyList<ContractCatalogue.Method> Methods() => ContractCatalogue.OfHost(Services);

    /// <summary>A mapped method by service and method name, e.g. <c>Agencies/CreateAgency</c>.</summary>
    public ContractCatalogue.Method Method(string serviceAndMethod)
    {
        var methods = Methods();
        return methods.SingleOrDefault(m => $"{m.Descriptor.Service.Name}/{m.Descriptor.Name}" == serviceAndMethod)
            ?? throw new InvalidOperationException($"The host maps no method {serviceAndMethod}; it maps {string.Join(", ", methods.Select(m => m.GrpcPath))}.");
    }

    public void Dispose() => _host.Dispose();
}
