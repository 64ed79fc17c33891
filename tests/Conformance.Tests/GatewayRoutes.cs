using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>One route of the gateway's ReverseProxy configuration, matched as ASP.NET Core routing (which YARP uses) matches it.</summary>
public sealed class GatewayRoute
{
    private readonly TemplateMatcher _matcher;

    public GatewayRoute(string id, string cluster, string path, IReadOnlyList<string>? methods)
    {
        Id = id;
        Cluster = cluster;
        Path = path;
        Methods = methods;
        _matcher = new TemplateMatcher(new RouteTemplate(RoutePatternFactory.Parse(path)), new RouteValueDictionary());
    }

    public string Id { get; }
    public string Cluster { get; }
    public string Path { get; }

    /// <summary>The HTTP methods the route is limited to; null for any.</summary>
    public IReadOnlyList<string>? Methods { get; }

    public bool Matches(string method, string path) =>
        (Methods is null || Methods.Contains(method, StringComparer.OrdinalIgnoreCase)) && _matcher.TryMatch(new PathString(path), []);

    public override string ToString() => $"{Id} ({Path} → {Cluster})";
}

/// <summary>The routes of src/Gateway/appsettings.json as committed (copied next to the tests as gateway/appsettings.json).</summary>
public static class GatewayRoutes
{
    public static IReadOnlyList<GatewayRoute> Load()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "gateway", "appsettings.json")));
        var routes = settings.RootElement.GetProperty("ReverseProxy").GetProperty("Routes");
        return [.. routes.EnumerateObject().Select(route =>
        {
            var match = route.Value.GetProperty("Match");
            IReadOnlyList<string>? methods = match.TryGetProperty("Methods", out var list) ? [.. list.EnumerateArray().Select(m => m.GetString()!)] : null;
            return new GatewayRoute(route.Name, route.Value.GetProperty("ClusterId").GetString()!, match.GetProperty("Path").GetString()!, methods);
        })];
    }

    /// <summary>The routes a request would be matched by; more than one is an ambiguity unless they agree.</summary>
    public static IReadOnlyList<GatewayRoute> Matching(this IReadOnlyList<GatewayRoute> routes, string method, string path) =>
        [.. routes.Where(route => route.Matches(method, path))];
}
