using System.Text;
using FactStore.PostgreSql;
using FactStore.Tests.Support;
using FactStore.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace FactStore.Tests.Engines;

/// <summary>
/// What only the PostgreSQL engine has, and the proof that both engines give the same store: the same inputs export
/// to the same canonical JSON Lines and answer the same queries alike. The whole suite also runs on PostgreSQL
/// (FACTSTORE_TEST_ENGINE=postgresql, as .ci/run does).
/// </summary>
public sealed class PostgreSqlEngineTests
{
    [PostgreSqlFact]
    public async Task Import_SameInputsIntoBothEngines_ExportByteIdenticalJsonLinesAndAnswerAlike()
    {
        await using var sqlite = await EngineStore.SqliteAsync();
        await using var postgres = await EngineStore.PostgreSqlAsync();
        foreach (var store in new[] { sqlite.Store, postgres.Store })
        {
            await FactStore.Sample.SeedImport.ImportAsync(store, Seeds.Folder, CancellationToken.None);
            await store.ImportAsync("wikidata", ImportInput.FromFile(Path.Combine(AppContext.BaseDirectory, "Importers", "Wikidata", "Fixtures", "Q2112.json")));
        }

        var (a, b) = (await ExportAsync(sqlite.Store), await ExportAsync(postgres.Store));
        Assert.True(a.Split('\n').Length > 500, "the export is too small to prove anything");
        Assert.Equal(a, b);

        var query = new FactQuery { Subject = "Tokaev", ValidAt = new DateOnly(2022, 1, 15) };
        Assert.Equal(Ids(await sqlite.Store.FindFactsAsync(query)), Ids(await postgres.Store.FindFactsAsync(query)));
        Assert.Equal(
            (await sqlite.Store.FindStancesAsync(new StanceQuery { Limit = 500 })).Select(s => s.Stance.Id),
            (await postgres.Store.FindStancesAsync(new StanceQuery { Limit = 500 })).Select(s => s.Stance.Id));
        Assert.Equal(
            (await sqlite.Store.ResolveNameAsync("Tokayev")).Candidates.Select(c => c.Entity.Id),
            (await postgres.Store.ResolveNameAsync("Tokayev")).Candidates.Select(c => c.Entity.Id));
        Assert.Empty((await postgres.Store.Maintenance.VerifyAsync()).Findings);
    }

    [PostgreSqlFact]
    public async Task Verify_AStatementEditedBehindTheStoresBack_IsFound()
    {
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await FactStore.Sample.SeedImport.ImportAsync(postgres.Store, Seeds.Folder, CancellationToken.None);

        await PostgreSqlServer.Shared.ScalarAsync(
            "ALTER TABLE facts DISABLE TRIGGER USER; UPDATE facts SET statement = statement || ' (edited)' WHERE seq = (SELECT MIN(seq) FROM facts); ALTER TABLE facts ENABLE TRIGGER USER",
            postgres.Schema);

        var report = await postgres.Store.Maintenance.VerifyAsync();
        Assert.Contains(report.Findings, f => f.Table == "facts" && f.Kind == IntegrityFindingKind.RowChanged);
    }

    [PostgreSqlFact]
    public async Task Verify_ADisabledAppendOnlyTrigger_IsFound()
    {
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await PostgreSqlServer.Shared.ScalarAsync("ALTER TABLE stances DISABLE TRIGGER stances_append_only_delete", postgres.Schema);

        var report = await postgres.Store.Maintenance.VerifyAsync();
        Assert.Contains(report.Findings, f => f.Kind == IntegrityFindingKind.TriggerMissing && f.Table == "stances");
    }

    [PostgreSqlFact]
    public async Task Database_RefusesUpdatesAndDeletesOfRecords()
    {
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await FactStore.Sample.SeedImport.ImportAsync(postgres.Store, Seeds.Folder, CancellationToken.None);

        foreach (var sql in new[] { "UPDATE facts SET statement = 'x'", "DELETE FROM stances", "DELETE FROM import_runs", "TRUNCATE entities CASCADE" })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => PostgreSqlServer.Shared.ScalarAsync(sql, postgres.Schema));
            Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        }
    }

    [PostgreSqlFact]
    public async Task Open_ADatabaseOfAnotherApplication_IsRefusedAndLeftUntouched()
    {
        var schema = PostgreSqlServer.NewSchema();
        await PostgreSqlServer.Shared.ScalarAsync($"CREATE SCHEMA {schema}; CREATE TABLE {schema}.users (id int PRIMARY KEY); INSERT INTO {schema}.users VALUES (1)");
        try
        {
            var error = await Assert.ThrowsAsync<StoreSchemaException>(() =>
                FactStoreDatabase.OpenAsync(o => o.UseNpgsql(PostgreSqlServer.Shared.ConnectionString, p => p.Schema = schema)));

            Assert.Contains("another application's tables (users)", error.Message, StringComparison.Ordinal);
            Assert.Equal(1L, await PostgreSqlServer.Shared.ScalarAsync($"SELECT count(*) FROM pg_tables WHERE schemaname = '{schema}'"));
        }
        finally
        {
            await PostgreSqlServer.Shared.DropSchemaAsync(schema);
        }
    }

    [PostgreSqlFact]
    public async Task Open_ASchemaFromANewerVersion_IsRefusedWithTheVersions()
    {
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await PostgreSqlServer.Shared.ScalarAsync("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')", postgres.Schema);

        var error = await Assert.ThrowsAsync<StoreSchemaException>(() =>
            FactStoreDatabase.OpenAsync(o => o.UseNpgsql(PostgreSqlServer.Shared.ConnectionString, p => p.Schema = postgres.Schema)));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task Import_FromFourStoresAtOnce_EveryImportLands()
    {
        await using var first = await EngineStore.PostgreSqlAsync();
        var stores = new List<FactStoreDatabase>();
        for (var i = 0; i < 4; i++)
        {
            stores.Add(await FactStoreDatabase.OpenAsync(o => o.UseNpgsql(PostgreSqlServer.Shared.ConnectionString, p => p.Schema = first.Schema)));
        }

        try
        {
            var results = await Task.WhenAll(stores.Select((store, i) => store.ImportAsync("plain-text-article",
                ImportInput.FromBytes($"article{i}.txt", Encoding.UTF8.GetBytes($"Article {i}\n\nThe CSTO met in Minsk for the {i}th time.")))));

            Assert.All(results, r => Assert.Equal(1, r.SourcesAdded));
            Assert.Equal(4, (await first.Store.GetSourcesAsync()).Count);
            Assert.Empty((await first.Store.Maintenance.VerifyAsync()).Findings);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [PostgreSqlFact]
    public async Task Write_ToAStoreOpenedReadOnly_IsRefused()
    {
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await using var readOnly = await FactStoreDatabase.OpenAsync(o => o.UseNpgsql(PostgreSqlServer.Shared.ConnectionString, p => { p.Schema = postgres.Schema; p.ReadOnly = true; }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => readOnly.ImportAsync("plain-text-article", ImportInput.FromBytes("a.txt", Encoding.UTF8.GetBytes("A\n\nText."))));
        Assert.Empty(await readOnly.GetSourcesAsync());
    }

    [Fact]
    public async Task Open_AnUnreachableServer_IsAnAccessErrorWithoutThePassword()
    {
        var error = await Assert.ThrowsAsync<StoreAccessException>(() =>
            FactStoreDatabase.OpenAsync(o => o.UseNpgsql("postgresql://someone:secret@127.0.0.1:1/facts?Timeout=2")));

        Assert.Contains("postgresql://127.0.0.1:1/facts", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://ann:p%40ss@db.example:6543/facts?sslmode=disable", "db.example", 6543, "facts", "ann", "p@ss")]
    [InlineData("postgres://localhost/facts", "localhost", 5432, "facts", null, null)]
    [InlineData("Host=h;Port=7000;Database=d;Username=u;Password=w", "h", 7000, "d", "u", "w")]
    public void Builder_UriOrKeywords_ReadsEveryPart(string connection, string host, int port, string database, string? user, string? password)
    {
        var builder = PostgreSqlConnection.Builder(connection, schema: null);

        Assert.True(PostgreSqlConnection.IsConnection(connection));
        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.DoesNotContain(password ?? "\u0001", PostgreSqlConnection.DisplayName(builder), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facts.db")]
    [InlineData("/tmp/a=b/facts.db")]
    [InlineData("C:\\data\\facts.db")]
    public void IsConnection_AFilePath_IsNot(string path) => Assert.False(PostgreSqlConnection.IsConnection(path));

    private static async Task<string> ExportAsync(FactStoreDatabase store)
    {
        using var output = new MemoryStream();
        await store.Export.ExportJsonLinesAsync(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static IEnumerable<string> Ids(IEnumerable<Fact> facts) => facts.Select(f => f.Id);
}
