using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// ASP.NET Core's authentication middleware, twice: as it is for the OpenIddict endpoints, and for every other
/// request without offering it to the schemes that answer requests of their own. Those are offered each request
/// before it is authenticated, and OpenIddict's runs its request pipeline on each just to find the request is not
/// one of its endpoints: on a proxied call that costs more than the token check itself.
/// </summary>
public sealed class GatewayAuthentication(RequestDelegate next, IAuthenticationSchemeProvider schemes, IOptions<AuthenticationOptions> options)
{
    // The key ASP.NET Core's UseAuthentication sets; WebApplication puts the framework's middleware at the head of the
    // pipeline of an app that has authentication services but no such key, which would offer every request to OpenIddict again.
    private const string AuthenticationInPipelineKey = "__AuthenticationMiddlewareSet";

    private readonly AuthenticationMiddleware _withIdentityEndpoints = new(next, schemes);
    private readonly AuthenticationMiddleware _tokenCheckOnly = new(next, new WithoutRequestHandlers(options));

    /// <summary>Puts this middleware where <c>UseAuthentication</c> would go, in its stead.</summary>
    public static void AddTo(IApplicationBuilder app)
    {
        app.Properties[AuthenticationInPipelineKey] = true;
        app.UseMiddleware<GatewayAuthentication>();
    }

    public Task InvokeAsync(HttpContext context) => IdentityEndpoints.MayHandle(context.Request.Path)
        ? _withIdentityEndpoints.Invoke(context)
        : _tokenCheckOnly.Invoke(context);

    /// <summary>The same schemes, from the same options, none of them offered the request before authentication.</summary>
    private sealed class WithoutRequestHandlers(IOptions<AuthenticationOptions> options) : AuthenticationSchemeProvider(options)
    {
        public override Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync() =>
            Task.FromResult(Enumerable.Empty<AuthenticationScheme>());
    }
}
