using GiaLaiIct.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>Each service's committed migrations, for both providers, cover its model (CONVENTIONS.md, "Data").</summary>
public sealed class MigrationTests
{
    /// <summary>EF Core's own tables (history, migration lock) come with migrating, not with the model.</summary>
    private const string EfCoreTablePrefix = "__EF";

    private static List<string> ModelTables(DbContext context) =>
        [.. context.Model.GetEntityTypes().Select(entity => entity.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ServiceCatalogue.Names), MemberType = typeof(ServiceCatalogue))]
    public void Sqlite_migrations_cover_the_model_and_create_exactly_its_tables_in_a_real_file(string service)
    {
        using var directory = new TempDirectory();
        var file = directory.File("migrated.db");
        using var db = ServiceCatalogue.Named(service).SqliteContext(file);

        MigrationChecks.AssertNoPendingModelChanges(db);
        db.Database.Migrate();

        Assert.Equal(ModelTables(db), SqliteTables(file).Where(table => !table.StartsWith(EfCoreTablePrefix, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ServiceCatalogue.Names), MemberType = typeof(ServiceCatalogue))]
    public void Sql_server_migrations_cover_the_model_and_their_script_creates_every_table(string service)
    {
        var subject = ServiceCatalogue.Named(service);
        using var db = subject.SqlServerContext();

        MigrationChecks.AssertNoPendingModelChanges(db);
        var script = MigrationChecks.ScriptAllMigrations(db);

        var tables = subject.SqlServerTables.Concat(ModelTables(db)).Distinct().ToList();
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}]", script));
        Assert.All(subject.SqlServerScriptText, text => Assert.Contains(text, script));
    }

    private static List<string> SqliteTables(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }
        tables.Sort(StringComparer.Ordinal);
        return tables;
    }
}
