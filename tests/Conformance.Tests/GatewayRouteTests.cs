using System.Text.RegularExpressions;
using Google.Api;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// The gateway only routes (CONVENTIONS.md): every REST route a service's contract declares (google.api.http) and
/// every gRPC method of its own package reaches that service through src/Gateway/appsettings.json, and the internal
/// contracts the services share (indicators, datasets, licences) stay unreachable from outside.
/// </summary>
public sealed partial class GatewayRouteTests
{
    private static readonly IReadOnlyList<GatewayRoute> Routes = GatewayRoutes.Load();

    [Theory]
    [MemberData(nameof(ServiceCatalogue.Names), MemberType = typeof(ServiceCatalogue))]
    public void Every_rest_route_of_the_service_contract_is_routed_to_the_service(string service)
    {
        var subject = ServiceCatalogue.Named(service);
        using var host = subject.Start();
        var bindings = host.Methods()
            .Where(method => method.Rest is not null)
            .SelectMany(method => Bindings(method.Rest!).Select(binding => (Method: method.GrpcPath, binding.Verb, binding.Template)))
            .ToList();

        var problems = bindings
            .Select(binding => Problem(subject, binding.Verb, SamplePath(binding.Template), $"{binding.Verb} {binding.Template} ({binding.Method})"))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(bindings);
        Assert.True(problems.Count == 0, $"{problems.Count} of {bindings.Count} REST routes of {service} are not routed to it:\n" + string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(ServiceCatalogue.Names), MemberType = typeof(ServiceCatalogue))]
    public void Every_grpc_method_of_the_service_package_is_routed_to_it_and_no_internal_one_is_routed(string service)
    {
        var subject = ServiceCatalogue.Named(service);
        using var host = subject.Start();
        var methods = host.Methods();
        var own = methods.Where(method => method.Descriptor.File.Package == subject.Package).ToList();
        var others = methods.Except(own).ToList();

        var problems = own.Select(method => Problem(subject, "POST", method.GrpcPath, method.GrpcPath)).OfType<string>()
            .Concat(others
                .Select(method => (method.GrpcPath, Routes: Routes.Matching("POST", method.GrpcPath)))
                .Where(internalMethod => internalMethod.Routes.Count > 0)
                .Select(internalMethod => $"{internalMethod.GrpcPath}: internal, yet routed by {string.Join(", ", internalMethod.Routes)}"))
            .ToList();

        Assert.NotEmpty(own);
        Assert.True(problems.Count == 0, $"gRPC routing of {service}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void A_path_no_route_covers_is_found_unrouted_and_one_of_another_service_is_found_misrouted()
    {
        // The checks above can fail: a path outside every route, and a route of IT asked of Reporting.
        var reporting = ServiceCatalogue.Named("reporting");

        Assert.Empty(Routes.Matching("GET", SamplePath("/api/v1/provinces/{province}/nowhere/{id}")));
        Assert.Contains("→ it", Problem(reporting, "GET", SamplePath("/api/v1/provinces/{province}/websites/{domain}"), "websites") ?? string.Empty);
        Assert.Null(Problem(reporting, "GET", SamplePath("/api/v1/provinces/{province}/documents/{number=**}"), "documents"));
    }

    /// <summary>Null when exactly the service's cluster answers the request; else what is wrong.</summary>
    private static string? Problem(ServiceUnderTest subject, string verb, string path, string what)
    {
        var matching = Routes.Matching(verb, path);
        if (matching.Count == 0)
        {
            return $"{what}: no gateway route matches {verb} {path}";
        }
        var elsewhere = matching.Where(route => route.Cluster != subject.Name).ToList();
        return elsewhere.Count == 0 ? null : $"{what}: {verb} {path} is matched by {string.Join(", ", elsewhere)}, not only by routes to {subject.Name}";
    }

    private static IEnumerable<(string Verb, string Template)> Bindings(HttpRule rule)
    {
        var binding = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
            HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
            HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
            HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
            HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
            HttpRule.PatternOneofCase.Custom => (rule.Custom.Kind, rule.Custom.Path),
            _ => throw new InvalidOperationException($"An HTTP rule without a pattern: {rule}"),
        };
        return rule.AdditionalBindings.SelectMany(Bindings).Prepend(binding);
    }

    /// <summary>
    /// A request path the template accepts: each variable filled with one segment, or with two where it takes the
    /// rest of the path (<c>{number=**}</c>, as decision numbers with slashes do).
    /// </summary>
    private static string SamplePath(string template) =>
        Variable().Replace(template, variable => variable.Groups["pattern"].Success
            ? variable.Groups["pattern"].Value.Replace("**", "12/QD", StringComparison.Ordinal).Replace("*", "x", StringComparison.Ordinal)
            : "64");

    [GeneratedRegex(@"\{(?<name>[^}=]+)(=(?<pattern>[^}]*))?\}")]
    private static partial Regex Variable();
}
