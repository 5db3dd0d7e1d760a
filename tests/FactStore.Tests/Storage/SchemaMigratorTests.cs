using System.Data.Common;
using FactStore.Storage;
using FactStore.Sqlite.Coordination;
using FactStore.Sqlite.Search;
using FactStore.Sqlite.Schema;
using FactStore.Sqlite;
using FactStore.Engines;
using FactStore.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Storage;

[Trait("Engine", "Sqlite")]
public class SchemaMigratorTests
{
    [Fact]
    public async Task Open_NewFile_AppliesEveryMigrationOnceWithWalAndForeignKeys()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ReopenAsync();

        await using var connection = new SqliteConnection($"Data Source={test.DatabasePath}");
        await connection.OpenAsync();
        Assert.Equal((long)SqliteSchema.Migrations.Count, Scalar(connection, "SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
    }

    [Fact]
    public async Task Open_DatabaseFromANewerVersion_IsRefusedWithTheVersions()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.DisposeAsync();
        await using (var connection = new SqliteConnection($"Data Source={test.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            Scalar(connection, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.0000000Z')");
        }

        var error = await Assert.ThrowsAsync<StoreSchemaException>(test.ReopenAsync);
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_FileThatIsNotADatabase_IsRefusedNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-db-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, "This is a text file, not SQLite. It is long enough to have a header of its own.");
        try
        {
            var error = await Assert.ThrowsAsync<StoreSchemaException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path)));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Open_BlankPath_ReportsTheOption()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions { TimeProvider = null! }.UseSqlite(" ")));

        Assert.Contains("DatabasePath", error.Message, StringComparison.Ordinal);
        Assert.Contains("TimeProvider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_OlderDatabase_AppliesOnlyTheNewStepAndKeepsTheData()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev, TestRecords.Presides()]);
        await test.Store.DisposeAsync();
        var upgraded = new UpgradedDialect(test.DatabasePath, "ALTER TABLE facts ADD COLUMN note TEXT");

        await using (var connection = await upgraded.OpenConnectionAsync(CancellationToken.None))
        {
            await SchemaMigrator.OpenAsync(upgraded, connection, test.Clock.GetUtcNow(), CancellationToken.None);
            Assert.Equal(Latest + 1L, Scalar((SqliteConnection)connection, "SELECT MAX(version) FROM schema_migrations"));
            Assert.Equal(1L, Scalar((SqliteConnection)connection, "SELECT COUNT(*) FROM pragma_table_info('facts') WHERE name = 'note'"));
            Assert.Equal(1L, Scalar((SqliteConnection)connection, "SELECT COUNT(*) FROM facts"));
        }

        upgraded.ReleaseConnections();
        var error = await Assert.ThrowsAsync<StoreSchemaException>(test.ReopenAsync);
        Assert.Contains($"schema version {Latest + 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_FailingStep_LeavesTheOldSchemaWhole()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);
        await test.Store.DisposeAsync();
        var broken = new UpgradedDialect(test.DatabasePath, "ALTER TABLE facts ADD COLUMN note TEXT; THIS IS NOT SQL");

        await using (var connection = await broken.OpenConnectionAsync(CancellationToken.None))
        {
            await Assert.ThrowsAsync<SqliteException>(() => SchemaMigrator.OpenAsync(broken, connection, test.Clock.GetUtcNow(), CancellationToken.None));
            Assert.Equal((long)Latest, Scalar((SqliteConnection)connection, "SELECT MAX(version) FROM schema_migrations"));
            Assert.Equal(0L, Scalar((SqliteConnection)connection, "SELECT COUNT(*) FROM pragma_table_info('facts') WHERE name = 'note'"));
        }

        broken.ReleaseConnections();
        await test.ReopenAsync();
        Assert.Single(await test.Store.FindEntitiesAsync("Tokayev"));
    }

    [Fact]
    public async Task Migrate_WhileAnotherWriterHasItsTurn_WaitsForIt()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);
        await test.Store.DisposeAsync();
        var upgraded = new UpgradedDialect(test.DatabasePath, "ALTER TABLE facts ADD COLUMN note TEXT");
        var writer = await new WriterQueue(Path.GetFullPath(test.DatabasePath), TimeSpan.FromMinutes(1)).EnterAsync(WriteKind.Direct, CancellationToken.None);

        await using (var connection = await upgraded.OpenConnectionAsync(CancellationToken.None))
        {
            var migration = Task.Run(() => SchemaMigrator.OpenAsync(upgraded, connection, test.Clock.GetUtcNow(), CancellationToken.None));
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            Assert.False(migration.IsCompleted);
            Assert.Equal((long)Latest, RawDatabase.Scalar(test.DatabasePath, "SELECT MAX(version) FROM schema_migrations"));

            writer.Dispose();
            await migration.WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(Latest + 1L, RawDatabase.Scalar(test.DatabasePath, "SELECT MAX(version) FROM schema_migrations"));
        }

        upgraded.ReleaseConnections();
    }

    private static int Latest => SqliteSchema.Migrations[^1].Version;

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>The SQLite engine with one more migration, as a future version of FactStore would have.</summary>
    private sealed class UpgradedDialect(string path, string step) : IStoreEngine, IStoreSchema
    {
        private readonly SqliteEngine _sqlite = new(path);

        public string DisplayName => _sqlite.DisplayName;

        public bool IsReadOnly => _sqlite.IsReadOnly;

        public IStoreSchema Schema => this;

        public IStoreSearch Search => _sqlite.Search;

        public IWriteCoordinator Writers => _sqlite.Writers;

        public ISqlDialect Dialect => _sqlite.Dialect;

        public IReadOnlyList<StoreMigration> Migrations => [.. _sqlite.Migrations, new StoreMigration(_sqlite.Migrations[^1].Version + 1, "a test step", step)];

        public IReadOnlyList<string> Tables => _sqlite.Tables;

        public IReadOnlyList<string> RecordTables => _sqlite.RecordTables;

        public Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => _sqlite.OpenConnectionAsync(cancellationToken);

        public Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) => _sqlite.BeginSnapshotAsync(connection, cancellationToken);

        public Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken) => _sqlite.InitializeAsync(connection, cancellationToken);

        public Task PrepareForWriteAsync(DbConnection connection, CancellationToken cancellationToken) => _sqlite.PrepareForWriteAsync(connection, cancellationToken);

        public Task<bool> PurgeErasedContentAsync(DbConnection connection, CancellationToken cancellationToken) => _sqlite.PurgeErasedContentAsync(connection, cancellationToken);

        public Task BeginMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) => _sqlite.BeginMigrationsAsync(connection, cancellationToken);

        public Task VerifyMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
            _sqlite.VerifyMigrationsAsync(connection, transaction, cancellationToken);

        public Task EndMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) => _sqlite.EndMigrationsAsync(connection, cancellationToken);

        public void ReleaseConnections() => _sqlite.ReleaseConnections();

        public bool IsConstraintViolation(Exception exception) => _sqlite.IsConstraintViolation(exception);

        public bool IsTransient(Exception exception) => _sqlite.IsTransient(exception);

        public bool IsAccessError(Exception exception) => _sqlite.IsAccessError(exception);

        public Task<long> GetSizeAsync(DbConnection connection, CancellationToken cancellationToken) => _sqlite.GetSizeAsync(connection, cancellationToken);

        public Task<IReadOnlySet<string>> ReadTableNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
            _sqlite.ReadTableNamesAsync(connection, cancellationToken);

        public Task<IReadOnlySet<string>> ReadTriggerNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
            _sqlite.ReadTriggerNamesAsync(connection, cancellationToken);
    }
}
