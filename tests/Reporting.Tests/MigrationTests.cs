extern alias service;

using service::GiaLaiIct.Reporting.Data;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Reporting.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var directory = new TempDirectory();
        using var db = MigrationChecks.SqliteContext<SqliteReportingDbContext>(directory.File("m.db"));
        MigrationChecks.AssertNoPendingModelChanges(db);
    }

    [Fact]
    public void Sql_server_model_builds_and_its_migration_script_is_generated()
    {
        using var db = MigrationChecks.SqlServerContext<SqlServerReportingDbContext>();
        MigrationChecks.AssertNoPendingModelChanges(db);
        var script = MigrationChecks.ScriptAllMigrations(db);
        Assert.Contains("CREATE TABLE [AdministrativeUnits]", script);
        Assert.Contains("nvarchar(128)", script);
    }
}
