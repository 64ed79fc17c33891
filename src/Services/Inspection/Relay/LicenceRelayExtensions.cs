using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.Licences.V1;
using OpenTelemetry.Metrics;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Inspection.Relay;

public static class LicenceRelayExtensions
{
    /// <summary>The outbox relay of licence effects, the licence owners' clients, and the relay's metrics in the service's telemetry.</summary>
    public static WebApplicationBuilder AddLicenceRelay(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(LicenceRelayOptions.Section);
        builder.Services.Configure<LicenceRelayOptions>(section);
        foreach (var owner in Platform.LicenceIssuers)
        {
            builder.Services.AddNamedGrpcServiceClient<LicenceRegistry.LicenceRegistryClient>(owner);
        }
        builder.Services.AddHttpClient(GatewayClientCredentials.HttpClientName, client => client.BaseAddress = new Uri("http://gateway"));
        builder.Services.AddSingleton<IRelayCredentials, GatewayClientCredentials>();
        builder.Services.AddSingleton<LicenceOwners>();
        builder.Services.AddSingleton<LicenceRelaySignal>();
        builder.Services.AddSingleton<LicenceRelayMetrics>();
        builder.Services.AddScoped<LicenceEffectDelivery>();
        builder.Services.AddHostedService<LicenceRelay>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(LicenceRelayMetrics.MeterName));
        return builder;
    }
}
