using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace GiaLaiIct.TestSupport;

/// <summary>Checks that a provider's committed migrations match its model and produce a script.</summary>
public static class MigrationChecks
{
    public static TContext SqliteContext<TContext>(string file) where TContext : DbContext =>
        Create<TContext>(new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={file}").Options);

    /// <summary>No server is contacted: building the model and scripting migrations need none.</summary>
    public static TContext SqlServerContext<TContext>() where TContext : DbContext =>
        Create<TContext>(new DbContextOptionsBuilder<TContext>().UseSqlServer("Server=unused;Database=unused;Trusted_Connection=True").Options);

    public static void AssertNoPendingModelChanges(DbContext context)
    {
        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"{context.GetType().Name}: the model has changes that no committed migration covers; add a migration for this provider.");
    }

    public static string ScriptAllMigrations(DbContext context)
    {
        var migrations = context.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        return context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    private static TContext Create<TContext>(DbContextOptions<TContext> options) where TContext : DbContext =>
        (TContext)Activator.CreateInstance(typeof(TContext), options)!;
}
