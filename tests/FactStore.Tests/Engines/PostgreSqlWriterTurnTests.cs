using FactStore.Tests.Support;
using FactStore.TestSupport;
using Npgsql;

namespace FactStore.Tests.Engines;

/// <summary>
/// How writers share a PostgreSQL store with other sessions: a direct write goes before an import still waiting for its
/// turn, and a deadlock the server breaks by ending the store's transaction is tried again inside, never reaching the caller.
/// </summary>
public sealed class PostgreSqlWriterTurnTests
{
    // The advisory lock classes of PostgreSqlWriteCoordinator, keyed with the schema's hash as the store keys them.
    private const int WriteTurn = 0x46530001;
    private const int ImportQueue = 0x46530003;

    [PostgreSqlFact]
    public async Task WriteAsync_DeadlockedWithAnotherSession_IsTriedAgainAndSucceeds()
    {
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await using var other = await OpenAsync(postgres.Schema);
        // The other session cannot be the one the server picks: its deadlock check comes long after the store's.
        await ExecuteAsync(other, "SET deadlock_timeout = '20s'; BEGIN; LOCK TABLE facts IN SHARE MODE");
        var fact = TestRecords.Presides();

        var write = postgres.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact]);
        await WaitUntilAsync(postgres.Schema, "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'facts'::regclass");
        // Waiting for the store's write turn while holding the table the writer waits for closes the cycle.
        await ExecuteAsync(other, $"SELECT pg_advisory_lock({WriteTurn}, hashtext(current_schema()))");
        await ExecuteAsync(other, $"COMMIT; SELECT pg_advisory_unlock({WriteTurn}, hashtext(current_schema()))");

        var result = await write;
        Assert.Equal(1, result.FactsAdded);
        Assert.NotNull(await postgres.Store.GetFactAsync(fact.Id));
    }

    [PostgreSqlFact]
    public async Task WriteAsync_BesideAnImportWaitingForItsTurn_GoesFirst()
    {
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await using var other = await OpenAsync(postgres.Schema);
        await ExecuteAsync(other, $"SELECT pg_advisory_lock({WriteTurn}, hashtext(current_schema()))");

        var import = postgres.Store.ImportAsync(
            "wikidata", ImportInput.FromFile(Path.Combine(AppContext.BaseDirectory, "Importers", "Wikidata", "Fixtures", "Q2112.json")));
        await WaitUntilAsync(postgres.Schema, $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = {ImportQueue} AND granted");
        var write = postgres.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, TestRecords.Presides()]);
        await WaitUntilAsync(postgres.Schema, $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = {WriteTurn} AND NOT granted");
        await ExecuteAsync(other, $"SELECT pg_advisory_unlock({WriteTurn}, hashtext(current_schema()))");
        await Task.WhenAll(import, write);

        var order = await PostgreSqlServer.Shared.ScalarAsync("SELECT string_agg(importer, ',' ORDER BY chain_seq) FROM import_runs", postgres.Schema);
        Assert.Equal("manual,wikidata", order);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string schema)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlServer.Shared.ConnectionString) { SearchPath = $"\"{schema}\", public" }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Polls a count until it is positive: the moment a session is known to hold or wait for a lock.</summary>
    private static async Task WaitUntilAsync(string schema, string count)
    {
        for (var waited = 0; waited < 30_000; waited += 20)
        {
            if (Convert.ToInt64(await PostgreSqlServer.Shared.ScalarAsync(count, schema), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Waited 30 s for: {count}");
    }
}
