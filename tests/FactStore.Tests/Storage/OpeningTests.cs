using System.Diagnostics;
using System.Security.Cryptography;
using FactStore.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Storage;

/// <summary>What opening a file does: one typed error per cause, nothing written to a file that is not a store, no write lock for a store already current.</summary>
public sealed class OpeningTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factstore-open-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task Open_AnotherApplicationsSqliteFile_IsRefusedAndLeftByteForByteUntouched()
    {
        var path = PathOf("other.db");
        RawDatabase.Execute(path, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users (name) VALUES ('ada');");
        SqliteConnection.ClearAllPools();
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path)));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a FactStore database", error.Message, StringComparison.Ordinal);
        Assert.Contains("users", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Hash(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public async Task Open_AnotherToolsSchemaMigrationsTable_IsNotMistakenForAStore()
    {
        var path = PathOf("rails.db");
        RawDatabase.Execute(path, "CREATE TABLE schema_migrations (version TEXT PRIMARY KEY); INSERT INTO schema_migrations VALUES ('20240101120000');");
        SqliteConnection.ClearAllPools();
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path)));

        Assert.Contains("not a FactStore database", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Open_AStoreWithItsTablesGone_IsRefusedNamingTheMissingTables()
    {
        var path = PathOf("damaged.db");
        (await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path))).Dispose();
        RawDatabase.Execute(path, "DROP TABLE stances_search; DROP TRIGGER stances_append_only_delete; DROP TRIGGER stances_append_only_update; DROP TABLE stances;");
        SqliteConnection.ClearAllPools();

        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path)));

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("stances, stances_search", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AFolder_IsAnAccessErrorNamingIt()
    {
        var error = await Assert.ThrowsAsync<StoreAccessException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(_folder)));

        Assert.Equal(Path.GetFullPath(_folder), error.Database);
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_UnderAFileInsteadOfAFolder_IsAnAccessErrorNamingThePath()
    {
        var file = PathOf("plain.txt");
        await File.WriteAllTextAsync(file, "a file where a folder should be");
        var path = Path.Combine(file, "facts.db");

        var error = await Assert.ThrowsAsync<StoreAccessException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path)));

        Assert.Equal(path, error.Database);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Fact]
    public async Task OpenReadOnly_AMissingFile_IsAnAccessErrorAndCreatesNothing()
    {
        var path = PathOf("missing.db");

        var error = await Assert.ThrowsAsync<StoreAccessException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path, s => { s.ReadOnly = true; })));

        Assert.Contains("must exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Open_WhileAnotherConnectionHoldsTheWriteLock_ReadsWithoutWaiting()
    {
        var path = PathOf("busy.db");
        await using (var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path)))
        {
            await store.WriteAsync([TestRecords.Article]);
        }

        await using var writer = new SqliteConnection($"Data Source={path};Pooling=False");
        await writer.OpenAsync();
        await using var lockIt = writer.CreateCommand();
        lockIt.CommandText = "BEGIN IMMEDIATE";
        await lockIt.ExecuteNonQueryAsync();

        var clock = Stopwatch.StartNew();
        foreach (var readOnly in new[] { true, false })
        {
            await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path, s => { s.ReadOnly = readOnly; s.BusyTimeout = TimeSpan.FromSeconds(20); }));
            Assert.Single(await store.GetSourcesAsync());
        }

        // A write lock taken by the open would have waited for the busy timeout (20 s) and failed.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"opening took {clock.Elapsed}");
    }

    [Fact]
    public async Task OpenReadOnly_AWrite_IsRefusedAndTheFileIsUnchanged()
    {
        var path = PathOf("ro.db");
        await using (var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path)))
        {
            await store.WriteAsync([TestRecords.Article]);
        }

        SqliteConnection.ClearAllPools();
        var before = Hash(path);
        await using (var readOnly = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path, s => { s.ReadOnly = true; })))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => readOnly.WriteAsync([TestRecords.Csto]));
            Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
            Assert.Single(await readOnly.GetSourcesAsync());
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task OpenReadOnly_AnOlderSchema_AsksForAWritableOpenToUpgrade()
    {
        var path = PathOf("old.db");
        (await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path))).Dispose();
        RawDatabase.Execute(path, "DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)");
        SqliteConnection.ClearAllPools();

        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path, s => { s.ReadOnly = true; })));

        Assert.Contains("without ReadOnly to upgrade", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(100_000)]
    public void Validate_BusyTimeoutOutOfRange_IsReported(double seconds)
    {
        var error = Assert.Throws<ArgumentException>(() => new FactStoreOptions().UseSqlite("facts.db", s => s.BusyTimeout = TimeSpan.FromSeconds(seconds)).Validate());

        Assert.Contains("BusyTimeout", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
