using System.Reflection;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>Where the build put each resource project's assembly (recorded at build time, see build/ResourceAssemblies.targets).</summary>
public static class ResourceAssemblies
{
    private const string Prefix = "resource-assembly:";

    public static string PathOf(string assemblyName)
    {
        var path = typeof(ResourceAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == Prefix + assemblyName)?.Value;
        if (path is null || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The assembly of {assemblyName} is not where the build recorded it ({path ?? "not recorded"}); build the AppHost project again.");
        }
        return path;
    }
}
