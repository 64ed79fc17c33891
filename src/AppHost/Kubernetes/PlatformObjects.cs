using k8s.Models;

namespace GiaLaiIct.AppHost.Kubernetes;

/// <summary>The objects shared by every workload: settings, and SQL Server and Redis as external services.</summary>
public static class PlatformObjects
{
    public static IEnumerable<object> All() =>
    [
        new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = KubernetesNames.PlatformSettings, Labels = KubernetesNames.Labels(KubernetesNames.PartOf) },
            Data = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "SqlServer",
            },
        },
        External(KubernetesNames.SqlServer, "sqlserver.database.example", 1433),
        External(KubernetesNames.Redis, "redis.cache.example", 6379),
    ];

    /// <summary>A name inside the cluster for a server outside it; the production overlay points it at the real host.</summary>
    private static V1Service External(string name, string host, int port) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = name, Labels = KubernetesNames.Labels(name) },
        Spec = new V1ServiceSpec
        {
            Type = "ExternalName",
            ExternalName = host,
            Ports = [new V1ServicePort { Name = name, Port = port, Protocol = "TCP" }],
        },
    };
}
