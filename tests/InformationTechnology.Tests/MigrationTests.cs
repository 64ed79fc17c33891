extern alias service;

using GiaLaiIct.TestSupport;
using service::GiaLaiIct.InformationTechnology.Data;

namespace GiaLaiIct.InformationTechnology.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var directory = new TempDirectory();
        using var db = MigrationChecks.SqliteContext<SqliteInformationTechnologyDbContext>(directory.File("m.db"));
        MigrationChecks.AssertNoPendingModelChanges(db);
    }

    [Fact]
    public void Sql_server_model_builds_and_its_migration_script_is_generated()
    {
        using var db = MigrationChecks.SqlServerContext<SqlServerInformationTechnologyDbContext>();
        MigrationChecks.AssertNoPendingModelChanges(db);
        var script = MigrationChecks.ScriptAllMigrations(db);
        foreach (var table in (string[])["OnlinePublicServices", "OnlineServiceLevelChanges", "Agencies", "OneStopDeployments", "DossierCounts", "SecurityIncidents", "Websites"])
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }
    }
}
