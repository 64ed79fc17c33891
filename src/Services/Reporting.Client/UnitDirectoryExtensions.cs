using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceDefaults.Grpc;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.Reporting.Client;

public static class UnitDirectoryExtensions
{
    /// <summary>The resource name the Reporting service is known by in service discovery.</summary>
    public const string ReportingResource = "reporting";

    public static IServiceCollection AddUnitDirectory(this IServiceCollection services)
    {
        services.AddGrpcServiceClient<AdministrativeUnits.AdministrativeUnitsClient>(ReportingResource);
        services.AddTransient<UnitDirectory>();
        return services;
    }
}
