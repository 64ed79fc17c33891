using Aspire.Hosting;
using GiaLaiIct.AppHost.Hosting;
using GiaLaiIct.Contracts.Divisions;

namespace GiaLaiIct.AppHost;

/// <summary>The GiaLaiIct resources, their references and their start order, declared with Aspire's app model.</summary>
public static class PlatformModel
{
    public static void Declare(IDistributedApplicationBuilder builder, AppHostOptions options)
    {
        var cache = builder.AddCache(options, "cache");

        var reporting = builder.AddService(options, Platform.PlanningAndReporting.Resource, Platform.PlanningAndReporting.Assembly)
            .WithReference(cache)
            .WithDatabase(options, Platform.PlanningAndReporting.Database);
        if (cache.Resource is GarnetResource)
        {
            reporting.WaitFor(cache);
        }

        // Division services check unit codes against Reporting, so they start once it is healthy.
        var divisions = Platform.Divisions.Select(division =>
        {
            var service = builder.AddService(options, division.Resource, division.Assembly)
                .WithReference(cache)
                .WithDatabase(options, division.Database)
                .WithServiceReference(reporting)
                .WaitFor(reporting);
            // Reporting asks the divisions for their counts and hands them their dataset files; it needs their
            // addresses but does not wait for them (they wait for it), and fails only the requests that need one that is down.
            reporting.WithServiceReference(service);
            return service;
        }).ToList();

        // Inspection sends sanction effects to the licence-issuing services; it does not wait for them: an effect
        // decided while one is down waits in Inspection's outbox until it is back.
        var inspection = divisions.Single(d => d.Resource.Name == Platform.Inspection);
        foreach (var licenceOwner in divisions.Where(d => Platform.LicenceIssuers.Contains(d.Resource.Name)))
        {
            inspection.WithServiceReference(licenceOwner);
        }

        var gateway = builder.AddServiceWithNamedEndpoints(options, "gateway", "GiaLaiIct.Gateway",
                ("rest", options.GatewayPort), ("grpc", options.GatewayGrpcPort))
            .WithReference(cache)
            // The Development signing key survives restarts, so tokens issued before a restart stay valid.
            .WithEnvironment("Identity__DevelopmentKeyPath", Path.Combine(options.DataDirectory, "gateway-signing-key.pem"));
        if (builder.ExecutionContext.IsRunMode && options.TraceSampleRatio is null)
        {
            // On one machine the dashboard is the operators' view of every request: trace them all (a cluster's
            // gateway samples a share), unless the operator gave the host a ratio for every process.
            gateway.WithEnvironment(PlatformResources.TraceSampleRatio, "1");
        }
        foreach (var service in divisions.Prepend(reporting))
        {
            gateway.WithServiceReference(service).WaitFor(service);
            // The gateway issues the tokens the services check; they fetch its signing keys at the first
            // call that carries one, so they need its address but do not wait for it.
            service.WithServiceReference(gateway, "rest");
        }
    }
}
