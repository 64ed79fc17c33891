using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using GiaLaiIct.Contracts.Security;
using GiaLaiIct.ServiceDefaults.Security;

namespace GiaLaiIct.ServiceKit.Security;

public static class ServiceAuthorizationExtensions
{
    /// <summary>The HttpClient that fetches the issuer's metadata and signing keys.</summary>
    public const string MetadataClientName = "identity-metadata";

    /// <summary>
    /// Every call needs an access token of the gateway's that this service checks itself: signature
    /// (keys from the issuer's published set), issuer, audience and lifetime, on the host's clock. Without
    /// one the answer is 401 / Unauthenticated; reading needs any known role, writing the policies of
    /// <see cref="AccessPolicies"/>, a province claim limits the provinces a caller acts in.
    /// </summary>
    /// <param name="divisionRole">The officer role that writes this service's data.</param>
    public static TBuilder AddServiceAuthorization<TBuilder>(this TBuilder builder, string divisionRole)
        where TBuilder : IHostApplicationBuilder
    {
        var settings = builder.Configuration.GetSection(TokenValidationSettings.Section).Get<TokenValidationSettings>()
            ?? new TokenValidationSettings();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient(MetadataClientName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory, TimeProvider>((jwt, httpClients, time) =>
            {
                jwt.MetadataAddress = new Uri(settings.Issuer, ".well-known/openid-configuration").ToString();
                // Inside the platform the issuer is reached by resource name over plain HTTP, as every service is.
                jwt.RequireHttpsMetadata = false;
                jwt.Backchannel = httpClients.CreateClient(MetadataClientName);
                // A token signed with a key the service has not seen (the gateway restarted with a new one)
                // makes it fetch the key set again at once, at most once per interval; the default of
                // five minutes locked every client out that long after a second key change.
                jwt.RefreshOnIssuerKeyNotFound = true;
                jwt.RefreshInterval = settings.KeySetRefetchInterval;
                TokenCheck.Configure(jwt, settings, time);
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.All).Build())
            .AddPolicy(AccessPolicies.Write, policy => policy.RequireRole(Roles.Admin, divisionRole))
            .AddPolicy(AccessPolicies.WriteOrDistrict, policy => policy.RequireRole(Roles.Admin, divisionRole, Roles.District))
            .AddPolicy(AccessPolicies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(AccessPolicies.Sanction, policy => policy.RequireRole(Roles.Admin, Roles.Inspector));
        builder.Services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<ProvinceScopeInterceptor>());
        return builder;
    }
}
