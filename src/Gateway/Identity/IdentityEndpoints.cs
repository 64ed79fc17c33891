namespace GiaLaiIct.Gateway.Identity;

/// <summary>The paths the gateway's OpenIddict server answers; every other request is proxied or a health probe.</summary>
public static class IdentityEndpoints
{
    public static readonly PathString Token = "/connect/token";
    public static readonly PathString KeySet = "/.well-known/jwks";
    public static readonly PathString Configuration = "/.well-known/openid-configuration";

    /// <summary>OpenIddict's URIs are relative to the base address, without the leading slash.</summary>
    internal static string Relative(PathString path) => path.Value!.TrimStart('/');

    /// <summary>
    /// Whether a request may be one of OpenIddict's. Wider than OpenIddict's own match (any case, any tail), so a
    /// request left out here is one OpenIddict would not have handled either.
    /// </summary>
    public static bool MayHandle(PathString path) =>
        path.StartsWithSegments(Token, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(KeySet, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(Configuration, StringComparison.OrdinalIgnoreCase);
}
