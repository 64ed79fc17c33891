using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using GiaLaiIct.TestSupport;
using TempDirectory = GiaLaiIct.TestSupport.TempDirectory;

namespace GiaLaiIct.AppHost.Tests;

/// <summary>The app model as the real host's Program declares it (Aspire's testing builder runs it up to Build).</summary>
public sealed class PlatformModelTests : IDisposable
{
    private static readonly string[] Services = ["reporting", "it", "telecom", "press", "inspection"];
    private readonly TempDirectory _directory = new();

    private async Task<IDistributedApplicationTestingBuilder> DeclareAsync(params string[] extra)
    {
        string[] args =
        [
            "--data-dir", _directory.File("data"),
            "--gateway-port", EmbeddedRedis.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-grpc-port", EmbeddedRedis.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dashboard-port", EmbeddedRedis.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. extra,
        ];
        return await DistributedApplicationTestingBuilder.CreateAsync<Program>(args);
    }

    private static IResource Resource(IDistributedApplicationTestingBuilder builder, string name) =>
        builder.Resources.Single(resource => resource.Name == name);

    // The publish-mode values name references as expressions ({reporting.bindings.http.url}), which is what these tests assert.
#pragma warning disable CS0618
    private static async Task<Dictionary<string, string>> EnvironmentOf(IDistributedApplicationTestingBuilder builder, string name) =>
        await ((IResourceWithEnvironment)Resource(builder, name)).GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618

    private static IEnumerable<string> WaitsOf(IDistributedApplicationTestingBuilder builder, string name) =>
        Resource(builder, name).Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name);

    [Fact]
    public async Task Every_service_gets_its_database_the_cache_and_its_telemetry_identity()
    {
        await using var builder = await DeclareAsync();

        foreach (var name in Services)
        {
            var environment = await EnvironmentOf(builder, name);
            var database = name + "db";
            Assert.Equal($"Data Source={Path.Combine(_directory.File("data"), name + ".db")}", environment[$"ConnectionStrings__{database}"]);
            Assert.Equal("{cache.connectionString}", environment["ConnectionStrings__cache"]);
            // Telemetry goes to the dashboard: the OTLP variables are set at run time (OTEL_SERVICE_NAME = the resource name).
            Assert.Single(Resource(builder, name).Annotations.OfType<OtlpExporterAnnotation>());
            Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.StartsWith("http://localhost:", environment["ASPNETCORE_URLS"]);
            Assert.Equal("{gateway.bindings.rest.url}", environment["services__gateway__http__0"]);
            Assert.False(environment.ContainsKey("Database__Provider"));
        }
        Assert.Equal(Services.Length, Services.Select(name => ((IResourceWithEndpoints)Resource(builder, name)).GetEndpoint("http").Resource.Annotations
            .OfType<EndpointAnnotation>().Single().Port).Distinct().Count());
    }

    [Fact]
    public async Task The_embedded_cache_is_a_process_reporting_waits_for()
    {
        await using var builder = await DeclareAsync();

        var cache = Resource(builder, "cache");
        Assert.IsAssignableFrom<ExecutableResource>(cache);
        Assert.Contains("cache", WaitsOf(builder, "reporting"));
        var connectionString = await ((IResourceWithConnectionString)cache).ConnectionStringExpression.GetValueAsync(default);
        Assert.Matches(@"^127\.0\.0\.1:\d+$", connectionString);
    }

    [Fact]
    public async Task Division_services_know_reporting_and_wait_for_it_and_reporting_knows_them()
    {
        await using var builder = await DeclareAsync();
        var reporting = await EnvironmentOf(builder, "reporting");

        foreach (var name in Services.Skip(1))
        {
            var division = await EnvironmentOf(builder, name);
            Assert.Equal("{reporting.bindings.http.url}", division["services__reporting__http__0"]);
            Assert.Contains("reporting", WaitsOf(builder, name));
            Assert.Equal($"{{{name}.bindings.http.url}}", reporting[$"services__{name}__http__0"]);
        }
        Assert.DoesNotContain(WaitsOf(builder, "reporting"), name => Services.Contains(name));
    }

    [Fact]
    public async Task The_gateway_gets_both_public_ports_every_service_and_a_signing_key_that_survives_restarts()
    {
        await using var builder = await DeclareAsync("--gateway-port", "46080", "--gateway-grpc-port", "46081");
        var gateway = await EnvironmentOf(builder, "gateway");

        Assert.Equal("http://localhost:46080", gateway["Kestrel__Endpoints__rest__Url"]);
        Assert.Equal("http://localhost:46081", gateway["Kestrel__Endpoints__grpc__Url"]);
        Assert.False(gateway.ContainsKey("ASPNETCORE_URLS"));
        Assert.Equal(Path.Combine(_directory.File("data"), "gateway-signing-key.pem"), gateway["Identity__DevelopmentKeyPath"]);
        Assert.Equal("{cache.connectionString}", gateway["ConnectionStrings__cache"]);
        foreach (var name in Services)
        {
            Assert.Equal($"{{{name}.bindings.http.url}}", gateway[$"services__{name}__http__0"]);
            Assert.Contains(name, WaitsOf(builder, "gateway"));
        }
    }

    [Fact]
    public async Task Configured_redis_sql_server_pass_through_and_nothing_is_embedded()
    {
        await using var builder = await DeclareAsync(
            "--ConnectionStrings:cache", "redis.internal:6379",
            "--Database:Provider", "SqlServer",
            "--ConnectionStrings:telecomdb", "Server=sql.internal;Database=telecom;User Id=app;Password=from-secret-store");
        var telecom = await EnvironmentOf(builder, "telecom");

        Assert.IsNotAssignableFrom<ExecutableResource>(Resource(builder, "cache"));
        Assert.Equal("redis.internal:6379", await ((IResourceWithConnectionString)Resource(builder, "cache")).ConnectionStringExpression.GetValueAsync(default));
        Assert.Equal("SqlServer", telecom["Database__Provider"]);
        Assert.Equal("Server=sql.internal;Database=telecom;User Id=app;Password=from-secret-store", telecom["ConnectionStrings__telecomdb"]);
    }

    [Fact]
    public async Task On_one_machine_the_gateway_records_every_trace_unless_the_operator_gives_every_process_a_ratio()
    {
        await using (var unconfigured = await DeclareAsync())
        {
            Assert.Equal("1", (await EnvironmentOf(unconfigured, "gateway"))["Telemetry__TraceSampleRatio"]);
            Assert.False((await EnvironmentOf(unconfigured, "reporting")).ContainsKey("Telemetry__TraceSampleRatio"));
        }

        await using var configured = await DeclareAsync("--Telemetry:TraceSampleRatio", "0.25");
        foreach (var name in Services.Append("gateway"))
        {
            Assert.Equal("0.25", (await EnvironmentOf(configured, name))["Telemetry__TraceSampleRatio"]);
        }
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("half")]
    public async Task A_trace_ratio_outside_0_to_1_stops_the_host_with_its_name(string ratio)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var builder = await DeclareAsync("--Telemetry:TraceSampleRatio", ratio);
        });

        Assert.Contains("Telemetry:TraceSampleRatio", error.Message);
    }

    public void Dispose() => _directory.Dispose();
}
