using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using k8s.Models;

namespace GiaLaiIct.AppHost.Kubernetes;

/// <summary>
/// One platform process of the app model as Kubernetes objects. Its environment is the one the host gives it
/// (publish-mode values: references as expressions), translated: another resource's endpoint becomes that
/// resource's Service, connection strings and the signing key become Secret references, local-only settings go.
/// </summary>
public sealed partial class Workload(IResource resource, IEnumerable<IResource> model)
{
    private static readonly string[] Dropped = ["ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "Database__Provider"];
    private string Name => resource.Name;
    private bool IsGateway => resource.Annotations.OfType<EndpointAnnotation>().Count() > 1;

    public async Task<IEnumerable<object>> ObjectsAsync()
    {
        var (settings, secrets) = await TranslateEnvironmentAsync();
        var objects = new List<object> { Settings(settings), Deployment(secrets), Service(), Policy() };
        if (IsGateway)
        {
            objects.Add(Autoscaler());
            objects.Add(Ingress("gateway", "ict.example", KubernetesNames.MainPort, annotations: null));
            objects.Add(Ingress("gateway-grpc", "grpc.ict.example", KubernetesNames.SecondPort,
                new Dictionary<string, string> { ["nginx.ingress.kubernetes.io/backend-protocol"] = "GRPC" }));
        }
        return objects;
    }

    private async Task<(SortedDictionary<string, string> Settings, SortedDictionary<string, string> Secrets)> TranslateEnvironmentAsync()
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var secrets = new SortedDictionary<string, string>(StringComparer.Ordinal);
#pragma warning disable CS0618 // The publish-mode values are what a publisher reads: references stay expressions.
        var environment = await ((IResourceWithEnvironment)resource).GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618
        foreach (var (key, value) in environment)
        {
            if (Dropped.Contains(key) || key.StartsWith("Logging__", StringComparison.Ordinal) || key.StartsWith("OTEL_", StringComparison.Ordinal))
            {
                continue;
            }
            if (key == "Identity__DevelopmentKeyPath")
            {
                secrets["Identity__SigningKeyPem"] = "signing-key-pem";
            }
            else if (key.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
            {
                secrets[key] = key["ConnectionStrings__".Length..];
            }
            else if (key.StartsWith("Kestrel__Endpoints__", StringComparison.Ordinal) && key.EndsWith("__Url", StringComparison.Ordinal))
            {
                var endpoint = key["Kestrel__Endpoints__".Length..^"__Url".Length];
                settings[key] = $"http://+:{PortOf(Name, endpoint)}";
            }
            else if (EndpointExpression().Match(value) is { Success: true } reference)
            {
                var target = reference.Groups["resource"].Value;
                settings[key] = $"http://{target}:{PortOf(target, reference.Groups["endpoint"].Value)}";
            }
            else
            {
                settings[key] = value;
            }
        }
        if (!IsGateway)
        {
            // Kestrel endpoints replace ASPNETCORE_URLS: h2c for callers, HTTP/1.1 for the kubelet's probes.
            settings["Kestrel__Endpoints__http__Url"] = $"http://+:{KubernetesNames.MainPort}";
            settings["Kestrel__Endpoints__http__Protocols"] = "Http2";
            settings["Kestrel__Endpoints__probes__Url"] = $"http://+:{KubernetesNames.SecondPort}";
            settings["Kestrel__Endpoints__probes__Protocols"] = "Http1";
        }
        return (settings, secrets);
    }

    /// <summary>The first endpoint of a resource takes the main port, its second (the gateway's gRPC) the other.</summary>
    private int PortOf(string resourceName, string endpointName)
    {
        var endpoints = model.Single(candidate => candidate.Name == resourceName).Annotations.OfType<EndpointAnnotation>().ToList();
        return endpoints.FindIndex(endpoint => endpoint.Name == endpointName) == 1 ? KubernetesNames.SecondPort : KubernetesNames.MainPort;
    }

    private V1ConfigMap Settings(IDictionary<string, string> settings) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = Meta($"{Name}-settings"),
        Data = settings,
    };

    private V1Deployment Deployment(IDictionary<string, string> secrets)
    {
        var probePort = IsGateway ? KubernetesNames.MainPort : KubernetesNames.SecondPort;
        List<V1EnvFromSource> sources =
        [
            new() { ConfigMapRef = new V1ConfigMapEnvSource { Name = KubernetesNames.PlatformSettings } },
            new() { ConfigMapRef = new V1ConfigMapEnvSource { Name = $"{Name}-settings" } },
        ];
        if (IsGateway)
        {
            // The clients (Identity__Clients__<n>__ClientId, __Secret, __Role, …) come from the secret store.
            sources.Add(new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = KubernetesNames.GatewayClients, Optional = true } });
        }
        var container = new V1Container
        {
            Name = Name,
            Image = $"gialai-ict/{Name}:latest",
            Ports = IsGateway
                ? [new V1ContainerPort { Name = "rest", ContainerPort = KubernetesNames.MainPort }, new V1ContainerPort { Name = "grpc", ContainerPort = KubernetesNames.SecondPort }]
                : [new V1ContainerPort { Name = "http", ContainerPort = KubernetesNames.MainPort }, new V1ContainerPort { Name = "probes", ContainerPort = KubernetesNames.SecondPort }],
            EnvFrom = sources,
            Env = secrets.Select(secret => new V1EnvVar
            {
                Name = secret.Key,
                ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = KubernetesNames.Secrets, Key = secret.Value } },
            }).ToList(),
            StartupProbe = Probe("/alive", probePort, periodSeconds: 2, failureThreshold: 60),
            LivenessProbe = Probe("/alive", probePort, periodSeconds: 10, failureThreshold: 3),
            ReadinessProbe = Probe("/health", probePort, periodSeconds: 5, failureThreshold: 3),
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity>
                {
                    ["cpu"] = new(IsGateway ? "200m" : "100m"),
                    ["memory"] = new("192Mi"),
                },
                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("512Mi") },
            },
            SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true },
        };
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = Meta(Name),
            Spec = new V1DeploymentSpec
            {
                Replicas = IsGateway ? 2 : 1,
                Selector = new V1LabelSelector { MatchLabels = KubernetesNames.Selector(Name) },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = KubernetesNames.Labels(Name) },
                    Spec = new V1PodSpec { Containers = [container] },
                },
            },
        };
    }

    private static V1Probe Probe(string path, int port, int periodSeconds, int failureThreshold) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = port },
        PeriodSeconds = periodSeconds,
        FailureThreshold = failureThreshold,
    };

    private V1Service Service() => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Meta(Name),
        Spec = new V1ServiceSpec
        {
            Selector = KubernetesNames.Selector(Name),
            Ports = IsGateway
                ? [new V1ServicePort { Name = "rest", Port = KubernetesNames.MainPort, TargetPort = "rest" },
                   new V1ServicePort { Name = "grpc", Port = KubernetesNames.SecondPort, TargetPort = "grpc", AppProtocol = "kubernetes.io/h2c" }]
                : [new V1ServicePort { Name = "http", Port = KubernetesNames.MainPort, TargetPort = "http", AppProtocol = "kubernetes.io/h2c" }],
        },
    };

    /// <summary>Services take traffic only from the platform's own pods (the gateway and each other); the gateway from anyone.</summary>
    private V1NetworkPolicy Policy() => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = Meta(Name),
        Spec = new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector { MatchLabels = KubernetesNames.Selector(Name) },
            PolicyTypes = ["Ingress"],
            Ingress =
            [
                new V1NetworkPolicyIngressRule
                {
                    FromProperty = IsGateway
                        ? null
                        : [new V1NetworkPolicyPeer { PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/part-of"] = KubernetesNames.PartOf } } }],
                    Ports =
                    [
                        new V1NetworkPolicyPort { Port = KubernetesNames.MainPort, Protocol = "TCP" },
                        new V1NetworkPolicyPort { Port = KubernetesNames.SecondPort, Protocol = "TCP" },
                    ],
                },
            ],
        },
    };

    private V2HorizontalPodAutoscaler Autoscaler() => new()
    {
        ApiVersion = "autoscaling/v2",
        Kind = "HorizontalPodAutoscaler",
        Metadata = Meta(Name),
        Spec = new V2HorizontalPodAutoscalerSpec
        {
            ScaleTargetRef = new V2CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = Name },
            MinReplicas = 2,
            MaxReplicas = 6,
            Metrics =
            [
                new V2MetricSpec
                {
                    Type = "Resource",
                    Resource = new V2ResourceMetricSource { Name = "cpu", Target = new V2MetricTarget { Type = "Utilization", AverageUtilization = 70 } },
                },
            ],
        },
    };

    private V1Ingress Ingress(string name, string host, int port, IDictionary<string, string>? annotations) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "Ingress",
        Metadata = new V1ObjectMeta { Name = name, Labels = KubernetesNames.Labels(Name), Annotations = annotations },
        Spec = new V1IngressSpec
        {
            IngressClassName = "nginx",
            Rules =
            [
                new V1IngressRule
                {
                    Host = host,
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths =
                        [
                            new V1HTTPIngressPath
                            {
                                Path = "/",
                                PathType = "Prefix",
                                Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = Name, Port = new V1ServiceBackendPort { Number = port } } },
                            },
                        ],
                    },
                },
            ],
        },
    };

    private V1ObjectMeta Meta(string name) => new() { Name = name, Labels = KubernetesNames.Labels(Name) };

    [GeneratedRegex(@"^\{(?<resource>[\w-]+)\.bindings\.(?<endpoint>[\w-]+)\.url\}$")]
    private static partial Regex EndpointExpression();
}
