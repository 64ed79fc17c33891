using GiaLaiIct.AppHost.Hosting;

namespace GiaLaiIct.AppHost;

/// <summary>The GiaLaiIct resources and their references: what an Aspire AppHost's Program would declare.</summary>
public static class PlatformModel
{
    public static void Declare(AppModel model)
    {
        var options = model.Options;

        var reporting = model.AddProject("reporting", "GiaLaiIct.Reporting");
        model.WithCache(reporting);
        model.WithDatabase(reporting, "reportingdb");

        // Division services check unit codes against Reporting, so they start once it is healthy.
        var divisions = new[]
        {
            (Name: "it", Assembly: "GiaLaiIct.InformationTechnology", Database: "itdb"),
            (Name: "telecom", Assembly: "GiaLaiIct.PostsTelecom", Database: "telecomdb"),
            (Name: "press", Assembly: "GiaLaiIct.PressPublishing", Database: "pressdb"),
            (Name: "inspection", Assembly: "GiaLaiIct.Inspection", Database: "inspectiondb"),
        }.Select(division =>
        {
            var project = model.AddProject(division.Name, division.Assembly).WithReference(reporting).WaitFor(reporting);
            model.WithCache(project);
            model.WithDatabase(project, division.Database);
            // Reporting asks the divisions for their counts and hands them their dataset files; it needs their
            // addresses but does not wait for them (they wait for it), and fails only the requests that need one that is down.
            reporting.WithReference(project);
            return project;
        }).ToList();

        // Inspection sends sanction effects to the licence-issuing services; it does not wait for them: an effect
        // decided while one is down waits in Inspection's outbox until it is back.
        var inspection = divisions.Single(d => d.Name == "inspection");
        foreach (var licenceOwner in divisions.Where(d => d.Name is "telecom" or "press"))
        {
            inspection.WithReference(licenceOwner);
        }

        var gateway = model.AddProjectWithNamedEndpoints(
            "gateway",
            "GiaLaiIct.Gateway",
            ("rest", "localhost", options.GatewayPort, EndpointProtocol.Http1),
            ("grpc", "localhost", options.GatewayGrpcPort, EndpointProtocol.Http2));
        model.WithCache(gateway);
        // A Development gateway keeps its signing key beside the data, so its tokens outlive its restarts.
        gateway.WithEnvironment("Identity__DevelopmentKeyPath", Path.Combine(options.DataDirectory, "gateway-signing-key.pem"));
        foreach (var service in divisions.Prepend(reporting))
        {
            gateway.WithReference(service).WaitFor(service);
            // The gateway issues the tokens the services check; they fetch its signing keys at the first
            // call that carries one, so they need its address but do not wait for it.
            service.WithReference(gateway, "rest");
        }

        model.Announce($"Gateway (REST):  http://localhost:{options.GatewayPort}");
        model.Announce($"Gateway (gRPC):  http://localhost:{options.GatewayGrpcPort}");
        model.Announce($"Data directory:  {options.DataDirectory}");
        model.Announce($"Cache:           {(model.Cache.IsEmbedded ? "embedded Garnet at " : "external Redis at ")}{model.Cache.ConnectionString}");
    }
}
