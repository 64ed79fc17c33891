using System.Reflection;
using Google.Api;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// The gRPC methods of a host or of the services' assemblies, with their REST binding where the contract has one
/// (google.api.http): what the fuzzers send and what the conformance checks hold every service to.
/// </summary>
public static class ContractCatalogue
{
    public sealed record Method(MethodDescriptor Descriptor, HttpRule? Rest)
    {
        public string GrpcPath => $"/{Descriptor.Service.FullName}/{Descriptor.Name}";

        public bool IsUnary => !Descriptor.IsClientStreaming && !Descriptor.IsServerStreaming;
    }

    /// <summary>Every method a host maps, found from its endpoints as the gRPC server sees them.</summary>
    public static IReadOnlyList<Method> OfHost(IServiceProvider services)
    {
        var methods = services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<GrpcMethodMetadata>())
            .OfType<GrpcMethodMetadata>()
            .Select(metadata => ServiceOf(metadata.ServiceType)?.FindMethodByName(metadata.Method.Name))
            .OfType<MethodDescriptor>();
        return Describe(methods);
    }

    /// <summary>Every method of the platform's own packages (gialai.ict.*) in the assemblies: what the gateway routes.</summary>
    public static IReadOnlyList<Method> OfAssemblies(params Assembly[] assemblies)
    {
        var methods = assemblies.SelectMany(assembly => assembly.GetTypes())
            .Select(type => type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<ServiceDescriptor>()
            .Where(service => service.File.Package.StartsWith("gialai.ict.", StringComparison.Ordinal))
            .SelectMany(service => service.Methods);
        return Describe(methods);
    }

    private static List<Method> Describe(IEnumerable<MethodDescriptor> methods) =>
        [.. methods
            .DistinctBy(method => method.FullName)
            .OrderBy(method => method.FullName, StringComparer.Ordinal)
            .Select(method => new Method(method, method.GetOptions()?.GetExtension(AnnotationsExtensions.Http)))];

    private static ServiceDescriptor? ServiceOf(Type implementation)
    {
        for (var type = implementation; type is not null; type = type.BaseType)
        {
            if (type.DeclaringType?.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ServiceDescriptor service)
            {
                return service;
            }
        }
        return null;
    }
}
