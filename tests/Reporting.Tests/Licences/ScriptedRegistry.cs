using GiaLaiIct.Licences.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.Reporting.Tests.Licences;

/// <summary>A division's side of the licence contract holding the licences given, served over real gRPC by its own in-process server.</summary>
internal sealed class ScriptedRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ScriptedRegistry(WebApplication app) => _app = app;

    public static async Task<ScriptedRegistry> StartAsync(string province, params LicenceSummary[] licences)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(new Holdings(province, licences));
        var app = builder.Build();
        app.MapGrpcService<RegistryService>();
        await app.StartAsync();
        return new ScriptedRegistry(app);
    }

    public HttpMessageHandler CreateHandler() => _app.GetTestServer().CreateHandler();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed record Holdings(string Province, IReadOnlyList<LicenceSummary> Licences);

    private sealed class RegistryService(Holdings holdings) : LicenceRegistry.LicenceRegistryBase
    {
        public override Task<LicenceSummary> FindLicence(FindLicenceRequest request, ServerCallContext context) =>
            holdings.Licences.FirstOrDefault(l => request.Province == holdings.Province && l.Number == request.Number) is { } found
                ? Task.FromResult(found)
                : throw new RpcException(new Status(StatusCode.NotFound, "none here"));
    }
}

/// <summary>A division that cannot be reached: every connection fails.</summary>
internal sealed class UnreachableHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new HttpRequestException("Connection refused");
}
