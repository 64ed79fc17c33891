using GiaLaiIct.ServiceKit.Audit;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiaLaiIct.ServiceKit.Data;

public static class ServiceDatabaseExtensions
{
    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// Registers the service's DbContext on the provider named by <c>Database:Provider</c>
    /// (SQLite by default) with the connection string <c>ConnectionStrings:{connectionName}</c>.
    /// Each provider has its own context subclass so that its migrations are kept apart. Every save bumps
    /// versions and records its changes in the audit trail (the context's model needs <see cref="AuditModel.AddAuditTrail"/>).
    /// </summary>
    public static TBuilder AddServiceDatabase<TBuilder, TContext, TSqliteContext, TSqlServerContext>(
        this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured; the service cannot start without its database.");
        }

        var provider = ReadProvider(builder.Configuration);
        builder.Services.AddSingleton<VersionBumpingInterceptor>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditingInterceptor>();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectory(connectionString);
                builder.Services.AddDbContext<TContext, TSqliteContext>((services, options) => options
                    .UseSqlite(connectionString)
                    .AddInterceptors(SaveInterceptors(services)));
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<TContext, TSqlServerContext>((services, options) => options
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(SaveInterceptors(services)));
                break;
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database");
        builder.Services.AddHostedService<DatabaseInitializer<TContext>>();
        return builder;
    }

    // Versions are bumped first, so the audit record's "after" holds the version the change was saved with.
    private static IInterceptor[] SaveInterceptors(IServiceProvider services) =>
        [
            services.GetRequiredService<VersionBumpingInterceptor>(),
            services.GetRequiredService<AuditingInterceptor>(),
        ];

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var configured = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }
        return Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"{ProviderKey} is '{configured}'; expected one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
