using Aspire.Hosting;
using GiaLaiIct.AppHost.Hosting;
using GiaLaiIct.AppHost.Kubernetes;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Configuration;

namespace GiaLaiIct.AppHost.Tests;

/// <summary>deploy/base as committed: what the app model publishes, every object loadable by KubernetesClient.</summary>
public sealed class DeployManifestTests
{
    private static readonly string[] Services = ["reporting", "it", "telecom", "press", "inspection"];

    private static string BaseDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GiaLaiIct.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository root not found"), "deploy", "base");
    }

    private static List<object> LoadAll() => Directory.EnumerateFiles(BaseDirectory(), "*.yaml")
        .Where(file => Path.GetFileName(file) != "kustomization.yaml")
        .SelectMany(file => KubernetesYaml.LoadAllFromString(File.ReadAllText(file)))
        .ToList();

    [Fact]
    public async Task The_committed_manifests_are_what_the_app_model_publishes()
    {
        var builder = DistributedApplication.CreateBuilder(["--operation", "publish"]);
        PlatformModel.Declare(builder, AppHostOptions.Read(new ConfigurationBuilder().Build()) with { DataDirectory = "/data" });

        var rendered = await KubernetesPublisher.RenderAsync(builder);

        var committed = Directory.EnumerateFiles(BaseDirectory(), "*.yaml").ToDictionary(file => Path.GetFileName(file), File.ReadAllText);
        Assert.Equal(rendered.Keys.Order(), committed.Keys.Order());
        foreach (var (name, text) in rendered)
        {
            Assert.True(committed[name] == text, $"deploy/base/{name} differs from the app model; run: dotnet run --project src/AppHost -- --publish-kubernetes deploy/base");
        }
    }

    [Fact]
    public void Every_service_and_the_gateway_have_a_deployment_with_probes_requests_and_secret_references_and_a_service()
    {
        var objects = LoadAll();
        var deployments = objects.OfType<V1Deployment>().ToDictionary(deployment => deployment.Metadata.Name);
        var services = objects.OfType<V1Service>().ToDictionary(service => service.Metadata.Name);

        foreach (var name in Services.Append("gateway"))
        {
            var container = deployments[name].Spec.Template.Spec.Containers.Single();
            Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
            Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
            Assert.True(container.Resources.Requests.ContainsKey("cpu") && container.Resources.Requests.ContainsKey("memory"), name);
            var cache = container.Env.Single(variable => variable.Name == "ConnectionStrings__cache");
            Assert.Equal((KubernetesNames.Secrets, "cache"), (cache.ValueFrom.SecretKeyRef.Name, cache.ValueFrom.SecretKeyRef.Key));
            Assert.Equal("ClusterIP", services[name].Spec.Type ?? "ClusterIP");
            Assert.Equal(deployments[name].Spec.Selector.MatchLabels, services[name].Spec.Selector);
        }
        foreach (var name in Services)
        {
            var container = deployments[name].Spec.Template.Spec.Containers.Single();
            Assert.Equal(name + "db", container.Env.Single(variable => variable.Name == $"ConnectionStrings__{name}db").ValueFrom.SecretKeyRef.Key);
            Assert.DoesNotContain(container.Env, variable => variable.Value?.Contains("Data Source", StringComparison.Ordinal) == true);
        }
        var signingKey = deployments["gateway"].Spec.Template.Spec.Containers.Single().Env.Single(variable => variable.Name == "Identity__SigningKeyPem");
        Assert.Equal("signing-key-pem", signingKey.ValueFrom.SecretKeyRef.Key);
        Assert.Equal("ExternalName", services["sqlserver"].Spec.Type);
        Assert.Equal("ExternalName", services["redis"].Spec.Type);
        Assert.DoesNotContain("cache", deployments.Keys);
    }

    [Fact]
    public void Service_addresses_point_at_the_services_of_the_cluster()
    {
        var settings = LoadAll().OfType<V1ConfigMap>().ToDictionary(map => map.Metadata.Name, map => map.Data);

        foreach (var name in Services)
        {
            if (name != "reporting")
            {
                Assert.Equal("http://reporting:8080", settings[$"{name}-settings"]["services__reporting__http__0"]);
                Assert.Equal($"http://{name}:8080", settings["reporting-settings"][$"services__{name}__http__0"]);
            }
            Assert.Equal("http://gateway:8080", settings[$"{name}-settings"]["services__gateway__http__0"]);
            Assert.Equal($"http://{name}:8080", settings["gateway-settings"][$"services__{name}__http__0"]);
            Assert.Equal("Http2", settings[$"{name}-settings"]["Kestrel__Endpoints__http__Protocols"]);
        }
        Assert.Equal("http://+:8081", settings["gateway-settings"]["Kestrel__Endpoints__grpc__Url"]);
        Assert.DoesNotContain(settings.Values.SelectMany(data => data.Values), value => value.Contains("localhost", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_gateway_is_reachable_from_outside_and_scales()
    {
        var objects = LoadAll();

        Assert.All(objects.OfType<V1Ingress>(), ingress => Assert.Equal("gateway", ingress.Spec.Rules.Single().Http.Paths.Single().Backend.Service.Name));
        Assert.Equal("gateway", objects.OfType<V2HorizontalPodAutoscaler>().Single().Spec.ScaleTargetRef.Name);
        var policies = objects.OfType<V1NetworkPolicy>().ToDictionary(policy => policy.Metadata.Name);
        foreach (var name in Services)
        {
            var from = policies[name].Spec.Ingress.Single().FromProperty.Single();
            Assert.Equal(KubernetesNames.PartOf, from.PodSelector.MatchLabels["app.kubernetes.io/part-of"]);
        }
        Assert.Null(policies["gateway"].Spec.Ingress.Single().FromProperty);
    }
}
