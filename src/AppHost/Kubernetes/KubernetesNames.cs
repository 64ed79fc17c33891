namespace GiaLaiIct.AppHost.Kubernetes;

/// <summary>Names and ports every generated object agrees on.</summary>
public static class KubernetesNames
{
    public const string PartOf = "gialai-ict";
    public const string Secrets = "gialai-ict-secrets";
    public const string PlatformSettings = "gialai-ict-settings";
    public const string GatewayClients = "gialai-ict-gateway-clients";
    public const string SqlServer = "sqlserver";
    public const string Redis = "redis";

    /// <summary>Cleartext HTTP/2 (gRPC and transcoded REST) of a service; REST (HTTP/1.1) of the gateway.</summary>
    public const int MainPort = 8080;

    /// <summary>The gateway's gRPC port; a service's HTTP/1.1 port for the kubelet's probes (they cannot speak h2c).</summary>
    public const int SecondPort = 8081;

    public static Dictionary<string, string> Labels(string name) => new()
    {
        ["app.kubernetes.io/name"] = name,
        ["app.kubernetes.io/part-of"] = PartOf,
    };

    public static Dictionary<string, string> Selector(string name) => new() { ["app.kubernetes.io/name"] = name };
}
