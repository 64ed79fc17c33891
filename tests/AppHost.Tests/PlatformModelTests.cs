using GiaLaiIct.AppHost.Hosting;
using GiaLaiIct.TestSupport;
using Microsoft.Extensions.Configuration;

namespace GiaLaiIct.AppHost.Tests;

/// <summary>The environment each process gets must be exactly what an Aspire host would give it.</summary>
public sealed class PlatformModelTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private AppModel Declare(Dictionary<string, string?> settings)
    {
        settings.TryAdd("data-dir", _directory.File("data"));
        // An external cache: nothing is embedded, so the test starts no server.
        settings.TryAdd("ConnectionStrings:cache", "redis.internal:6379");
        var options = AppHostOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), "Development");
        var model = new AppModel(options, CacheResource.Start("cache", options.ConfiguredConnectionString("cache")));
        PlatformModel.Declare(model);
        return model;
    }

    private static ProjectResource Project(AppModel model, string name) => model.Projects.Single(project => project.Name == name);

    [Fact]
    public void Every_service_gets_its_database_cache_endpoint_and_telemetry_identity()
    {
        var model = Declare([]);

        foreach (var (name, database) in new[] { ("reporting", "reportingdb"), ("it", "itdb"), ("telecom", "telecomdb"), ("press", "pressdb"), ("inspection", "inspectiondb") })
        {
            var environment = Project(model, name).Environment;
            Assert.Equal($"Data Source={Path.Combine(_directory.File("data"), name + ".db")}", environment[$"ConnectionStrings__{database}"]);
            Assert.Equal("redis.internal:6379", environment["ConnectionStrings__cache"]);
            Assert.Equal(Project(model, name).PrimaryEndpoint.Url.ToString().TrimEnd('/'), environment["ASPNETCORE_URLS"]);
            Assert.Equal(name, environment["OTEL_SERVICE_NAME"]);
            Assert.StartsWith("service.instance.id=", environment["OTEL_RESOURCE_ATTRIBUTES"]);
            Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
            Assert.False(environment.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
            Assert.False(environment.ContainsKey("Database__Provider"));
        }
        Assert.Equal(5, model.Projects.Select(project => project.PrimaryEndpoint.Port).Where(port => port is not 5080 and not 5081).Distinct().Count());
    }

    [Fact]
    public void Division_services_know_reporting_and_wait_for_it()
    {
        var model = Declare([]);
        var reporting = Project(model, "reporting");

        foreach (var name in new[] { "it", "telecom", "press", "inspection" })
        {
            var division = Project(model, name);
            Assert.Equal(reporting.PrimaryEndpoint.Url.ToString().TrimEnd('/'), division.Environment["services__reporting__http__0"]);
            Assert.Contains(reporting, division.WaitsFor);
        }
        Assert.Empty(reporting.WaitsFor);
    }

    [Fact]
    public void The_gateway_gets_both_public_ports_and_every_service()
    {
        var model = Declare(new() { ["gateway-port"] = "6080", ["gateway-grpc-port"] = "6081" });
        var gateway = Project(model, "gateway");

        Assert.Equal("http://localhost:6080", gateway.Environment["Kestrel__Endpoints__rest__Url"]);
        Assert.Equal("http://localhost:6081", gateway.Environment["Kestrel__Endpoints__grpc__Url"]);
        Assert.False(gateway.Environment.ContainsKey("ASPNETCORE_URLS"));
        foreach (var name in new[] { "reporting", "it", "telecom", "press", "inspection" })
        {
            Assert.Equal(Project(model, name).PrimaryEndpoint.Url.ToString().TrimEnd('/'), gateway.Environment[$"services__{name}__http__0"]);
            Assert.Contains(Project(model, name), gateway.WaitsFor);
        }
    }

    [Fact]
    public void Configured_sql_server_and_collector_pass_through_unchanged()
    {
        var model = Declare(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:telecomdb"] = "Server=sql.internal;Database=telecom;User Id=app;Password=from-secret-store",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://collector:4317",
        });
        var telecom = Project(model, "telecom").Environment;

        Assert.Equal("SqlServer", telecom["Database__Provider"]);
        Assert.Equal("Server=sql.internal;Database=telecom;User Id=app;Password=from-secret-store", telecom["ConnectionStrings__telecomdb"]);
        Assert.Equal("http://collector:4317", telecom["OTEL_EXPORTER_OTLP_ENDPOINT"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("http")]
    public void A_bad_port_option_stops_the_host_with_its_name(string port)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Declare(new() { ["gateway-port"] = port }));
        Assert.Contains("--gateway-port", error.Message);
    }

    [Fact]
    public void Every_declared_project_was_built_where_the_host_will_look()
    {
        foreach (var project in Declare([]).Projects)
        {
            Assert.True(File.Exists(ResourceAssemblies.PathOf(project.AssemblyName)), project.AssemblyName);
        }
    }

    public void Dispose() => _directory.Dispose();
}
