namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// The application model: resources and their references, declared in code in the spirit of an
/// Aspire app host. It gives each process exactly the environment an Aspire host would.
/// </summary>
public sealed class AppModel(AppHostOptions options, CacheResource cache)
{
    private readonly List<ProjectResource> _projects = [];
    private readonly List<string> _announcements = [];

    public AppHostOptions Options => options;
    public CacheResource Cache => cache;
    public IReadOnlyList<ProjectResource> Projects => _projects;
    public IReadOnlyList<string> Announcements => _announcements;

    /// <summary>A project with one HTTP/2 endpoint named <c>http</c> on a free port.</summary>
    public ProjectResource AddProject(string name, string assemblyName)
    {
        var project = AddProjectWithoutEndpoints(name, assemblyName)
            .WithEndpoint("http", "127.0.0.1", FreePorts.Next(), EndpointProtocol.Http2);
        project.WithEnvironment("ASPNETCORE_URLS", project.PrimaryEndpoint.Url.ToString().TrimEnd('/'));
        return project;
    }

    /// <summary>A project whose Kestrel endpoints are named in its own configuration; the host sets their URLs.</summary>
    public ProjectResource AddProjectWithNamedEndpoints(
        string name, string assemblyName, params (string Name, string Host, int Port, EndpointProtocol Protocol)[] endpoints)
    {
        var project = AddProjectWithoutEndpoints(name, assemblyName);
        foreach (var endpoint in endpoints)
        {
            project.WithEndpoint(endpoint.Name, endpoint.Host, endpoint.Port, endpoint.Protocol);
            project.WithEnvironment($"Kestrel__Endpoints__{endpoint.Name}__Url", project.Endpoints[^1].Url.ToString().TrimEnd('/'));
        }
        return project;
    }

    /// <summary>Gives the project the cache's connection string as <c>ConnectionStrings:{cache name}</c>.</summary>
    public ProjectResource WithCache(ProjectResource project) =>
        project.WithConnectionString(cache.Name, cache.ConnectionString);

    /// <summary>
    /// The project's own database: the configured connection string of that name if the operator gave
    /// one (SQL Server beyond one machine), else a SQLite file under the data directory.
    /// </summary>
    public ProjectResource WithDatabase(ProjectResource project, string databaseName)
    {
        var connectionString = options.ConfiguredConnectionString(databaseName)
            ?? $"Data Source={Path.Combine(options.DataDirectory, project.Name + ".db")}";
        project.WithConnectionString(databaseName, connectionString);
        if (options.Configuration["Database:Provider"] is { Length: > 0 } provider)
        {
            project.WithEnvironment("Database__Provider", provider);
        }
        return project;
    }

    public void Announce(string line) => _announcements.Add(line);

    private ProjectResource AddProjectWithoutEndpoints(string name, string assemblyName)
    {
        var project = new ProjectResource(name, assemblyName)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", options.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", options.EnvironmentName)
            .WithEnvironment("OTEL_SERVICE_NAME", name)
            .WithEnvironment("OTEL_RESOURCE_ATTRIBUTES", $"service.instance.id={name}-{Guid.NewGuid():N}")
            .WithEnvironment("Logging__Console__FormatterName", "simple")
            .WithEnvironment("Logging__Console__FormatterOptions__SingleLine", "true")
            .WithEnvironment("Logging__Console__FormatterOptions__TimestampFormat", "HH:mm:ss ");
        foreach (var key in new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL" })
        {
            if (options.Configuration[key] is { Length: > 0 } value)
            {
                project.WithEnvironment(key, value);
            }
        }
        _projects.Add(project);
        return project;
    }
}
