using GiaLaiIct.Reporting.V1;
using Microsoft.Extensions.DependencyInjection;
using GiaLaiIct.ServiceKit.Grpc;

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
