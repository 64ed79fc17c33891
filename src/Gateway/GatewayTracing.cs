using OpenTelemetry.Trace;

namespace GiaLaiIct.Gateway;

/// <summary>
/// The gateway sees every request of the platform; recording a trace of each costs it more than the hop
/// itself. It records a share of the traces it starts (<c>Telemetry:TraceSampleRatio</c>, default 0.1) and
/// every trace a caller already chose to record, and passes the trace context on either way.
/// </summary>
public static class GatewayTracing
{
    public const string RatioKey = "Telemetry:TraceSampleRatio";
    public const double DefaultRatio = 0.1;

    public static WebApplicationBuilder SampleTraces(this WebApplicationBuilder builder)
    {
        var ratio = builder.Configuration.GetValue(RatioKey, DefaultRatio);
        builder.Services.AddOpenTelemetry().WithTracing(tracing =>
            tracing.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio))));
        return builder;
    }
}
