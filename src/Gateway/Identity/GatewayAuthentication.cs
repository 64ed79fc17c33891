using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features.Authentication;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// ASP.NET Core's authentication middleware for the OpenIddict endpoints, and for every other request only the
/// default scheme's check of its bearer token. The framework's middleware first offers each request to every
/// scheme that handles requests of its own, and OpenIddict's runs its request pipeline on each just to find the
/// request is not one of its endpoints: on a proxied call that costs more than the token check itself.
/// </summary>
public sealed class GatewayAuthentication(RequestDelegate next, IAuthenticationSchemeProvider schemes)
{
    // The key ASP.NET Core's UseAuthentication sets; WebApplication puts the framework's middleware at the head of the
    // pipeline of an app that has authentication services but no such key, which would offer every request to OpenIddict again.
    private const string AuthenticationInPipelineKey = "__AuthenticationMiddlewareSet";

    private readonly AuthenticationMiddleware _withIdentityEndpoints = new(next, schemes);

    /// <summary>Puts this middleware where <c>UseAuthentication</c> would go, in its stead.</summary>
    public static void AddTo(IApplicationBuilder app)
    {
        app.Properties[AuthenticationInPipelineKey] = true;
        app.UseMiddleware<GatewayAuthentication>();
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (IdentityEndpoints.MayHandle(context.Request.Path))
        {
            await _withIdentityEndpoints.Invoke(context);
            return;
        }
        var result = await context.AuthenticateAsync();
        if (result.Principal is { } principal)
        {
            context.User = principal;
        }
        if (result.Succeeded)
        {
            var authenticated = new AuthenticatedRequest(result);
            context.Features.Set<IAuthenticateResultFeature>(authenticated);
            context.Features.Set<IHttpAuthenticationFeature>(authenticated);
        }
        await next(context);
    }

    /// <summary>
    /// What the framework's middleware leaves on a request it authenticated, for authorization to read. Setting the
    /// user by hand drops the result, which no longer describes it.
    /// </summary>
    private sealed class AuthenticatedRequest(AuthenticateResult result) : IAuthenticateResultFeature, IHttpAuthenticationFeature
    {
        private AuthenticateResult? _result = result;
        private ClaimsPrincipal? _user = result.Principal;

        public AuthenticateResult? AuthenticateResult
        {
            get => _result;
            set => (_result, _user) = (value, value?.Principal);
        }

        public ClaimsPrincipal? User
        {
            get => _user;
            set => (_user, _result) = (value, null);
        }
    }
}
