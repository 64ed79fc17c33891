extern alias service;

using GiaLaiIct.TestSupport;
using service::GiaLaiIct.PostsTelecom.Data;

namespace GiaLaiIct.PostsTelecom.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var directory = new TempDirectory();
        using var db = MigrationChecks.SqliteContext<SqlitePostsTelecomDbContext>(directory.File("m.db"));
        MigrationChecks.AssertNoPendingModelChanges(db);
    }

    [Fact]
    public void Sql_server_model_builds_and_its_migration_script_is_generated()
    {
        using var db = MigrationChecks.SqlServerContext<SqlServerPostsTelecomDbContext>();
        MigrationChecks.AssertNoPendingModelChanges(db);
        Assert.Contains("CREATE TABLE [PostalServicePoints]", MigrationChecks.ScriptAllMigrations(db));
    }
}
