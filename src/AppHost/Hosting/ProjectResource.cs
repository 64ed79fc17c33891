namespace GiaLaiIct.AppHost.Hosting;

/// <summary>
/// A .NET project the host runs as a child process: its endpoints, the environment that carries
/// its references (connection strings, other resources' URLs), and what it waits for.
/// </summary>
public sealed class ProjectResource(string name, string assemblyName)
{
    private readonly List<ResourceEndpoint> _endpoints = [];
    private readonly List<ProjectResource> _waitFor = [];
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public string AssemblyName { get; } = assemblyName;
    public IReadOnlyList<ResourceEndpoint> Endpoints => _endpoints;
    public IReadOnlyList<ProjectResource> WaitsFor => _waitFor;
    public IReadOnlyDictionary<string, string> Environment => _environment;

    /// <summary>The endpoint the host probes for <c>/health</c>.</summary>
    public ResourceEndpoint PrimaryEndpoint => _endpoints[0];

    public ProjectResource WithEndpoint(string endpointName, string host, int port, EndpointProtocol protocol)
    {
        _endpoints.Add(new ResourceEndpoint(endpointName, host, port, protocol));
        return this;
    }

    public ProjectResource WithEnvironment(string key, string value)
    {
        _environment[key] = value;
        return this;
    }

    public ProjectResource WithConnectionString(string name, string connectionString) =>
        WithEnvironment($"ConnectionStrings__{name}", connectionString);

    /// <summary>Makes the other resource's endpoints known to this one, as service discovery reads them.</summary>
    public ProjectResource WithReference(ProjectResource other)
    {
        for (var index = 0; index < other.Endpoints.Count; index++)
        {
            var endpoint = other.Endpoints[index];
            WithEnvironment($"services__{other.Name}__{endpoint.Name}__0", endpoint.Url.ToString().TrimEnd('/'));
        }
        return this;
    }

    /// <summary>
    /// Makes one named endpoint of the other resource its default one here, so <c>http://{other}</c>
    /// reaches that endpoint.
    /// </summary>
    public ProjectResource WithReference(ProjectResource other, string endpointName)
    {
        var endpoint = other.Endpoints.Single(candidate => candidate.Name == endpointName);
        return WithEnvironment($"services__{other.Name}__http__0", endpoint.Url.ToString().TrimEnd('/'));
    }

    public ProjectResource WaitFor(ProjectResource other)
    {
        _waitFor.Add(other);
        return this;
    }
}
