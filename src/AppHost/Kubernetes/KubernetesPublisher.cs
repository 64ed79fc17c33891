using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using GiaLaiIct.AppHost.Hosting;
using k8s;
using k8s.Models;

namespace GiaLaiIct.AppHost.Kubernetes;

/// <summary>
/// Kubernetes manifests from the same app model the host runs: a Deployment and Service per platform process
/// (the embedded cache excepted: beyond one machine Redis is external, like SQL Server), settings in ConfigMaps,
/// connection strings and the signing key as Secret references, the gateway as the only entry (Ingress), network
/// policies, and an autoscaler for the stateless gateway. Written as one YAML file per resource plus a kustomization.
/// </summary>
public static class KubernetesPublisher
{
    public static async Task<IReadOnlyDictionary<string, string>> RenderAsync(IDistributedApplicationBuilder builder)
    {
        var processes = builder.Resources
            .Where(resource => resource.Annotations.OfType<SupervisedAnnotation>().Any() && resource is not GarnetResource)
            .OrderBy(resource => resource.Name, StringComparer.Ordinal)
            .ToList();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["platform.yaml"] = Serialize(PlatformObjects.All()),
        };
        foreach (var resource in processes)
        {
            var workload = new Workload(resource, builder.Resources);
            files[$"{resource.Name}.yaml"] = Serialize(await workload.ObjectsAsync());
        }
        files["kustomization.yaml"] = Serialize([Kustomization(files.Keys)]);
        return files;
    }

    public static async Task WriteAsync(IDistributedApplicationBuilder builder, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var stale in Directory.EnumerateFiles(directory, "*.yaml"))
        {
            File.Delete(stale);
        }
        foreach (var (name, text) in await RenderAsync(builder))
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), text);
        }
    }

    private static Dictionary<string, object> Kustomization(IEnumerable<string> files) => new()
    {
        ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
        ["kind"] = "Kustomization",
        ["resources"] = files.Where(file => file != "kustomization.yaml").ToList(),
    };

    private static string Serialize(IEnumerable<object> objects) =>
        "# Generated from the app model by `dotnet run --project src/AppHost -- --publish-kubernetes deploy/base`; do not edit.\n"
        + string.Join("---\n", objects.Select(item => KubernetesYaml.Serialize(item).TrimEnd() + "\n"));
}
