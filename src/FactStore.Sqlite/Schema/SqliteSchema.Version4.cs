using System.Data.Common;
using FactStore.Engines;
using FactStore.Storage.Integrity;
using FactStore.Storage;

namespace FactStore.Sqlite.Schema;

internal static partial class SqliteSchema
{
    /// <summary>The tables of records, each row of which carries a row hash (<see cref="RowHash"/>).</summary>
    public static IReadOnlyList<string> RecordTables { get; } =
    [
        "sources", "source_locators", "entities", "entity_labels", "entity_aliases", "entity_external_ids", "entity_descriptions",
        "facts", "stances", "retractions", "redactions",
    ];

    /// <summary>
    /// Tamper evidence on every column: a row hash on every record row, the hash of the erasable excerpts on sources and
    /// stances, and on every run its place in commit order, the hash of the run before it and the digest of its rows.
    /// Rows recorded before are hashed as they are now, so the chain starts at this migration.
    /// </summary>
    private static StoreMigration Version4 => new(4, "tamper evidence: row hashes over every column, excerpt hashes, a hash chain of runs; record time in commit order", """
        ALTER TABLE sources ADD COLUMN excerpt_hash TEXT;
        ALTER TABLE stances ADD COLUMN excerpt_hash TEXT;
        ALTER TABLE sources ADD COLUMN row_hash TEXT;
        ALTER TABLE source_locators ADD COLUMN row_hash TEXT;
        ALTER TABLE entities ADD COLUMN row_hash TEXT;
        ALTER TABLE entity_labels ADD COLUMN row_hash TEXT;
        ALTER TABLE entity_aliases ADD COLUMN row_hash TEXT;
        ALTER TABLE entity_external_ids ADD COLUMN row_hash TEXT;
        ALTER TABLE entity_descriptions ADD COLUMN row_hash TEXT;
        ALTER TABLE facts ADD COLUMN row_hash TEXT;
        ALTER TABLE stances ADD COLUMN row_hash TEXT;
        ALTER TABLE retractions ADD COLUMN row_hash TEXT;
        ALTER TABLE redactions ADD COLUMN row_hash TEXT;
        ALTER TABLE import_runs ADD COLUMN committed_at TEXT;
        ALTER TABLE import_runs ADD COLUMN chain_seq INTEGER;
        ALTER TABLE import_runs ADD COLUMN previous_hash TEXT;
        ALTER TABLE import_runs ADD COLUMN rows_digest TEXT;
        ALTER TABLE import_runs ADD COLUMN row_hash TEXT;
        CREATE UNIQUE INDEX import_runs_by_chain ON import_runs (chain_seq);
        CREATE INDEX import_runs_by_commit ON import_runs (committed_at);
        """)
    {
        Backfill = HashExistingRowsAsync,
    };

    // The append-only triggers that allow a redaction's erasure must keep the hashes from changing with it.
    private const string ErasableRowsKeepTheirHashes = "OR NEW.recorded_at IS NOT OLD.recorded_at";

    private static async Task HashExistingRowsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var triggers = new List<(string Name, string Sql)>();
        await using (var read = connection.Command("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%append_only_update' ORDER BY name", transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                triggers.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in triggers)
        {
            await ExecuteAsync(connection, transaction, $"DROP TRIGGER \"{name}\"", cancellationToken).ConfigureAwait(false);
        }

        var digests = new Dictionary<string, RunDigest>(StringComparer.Ordinal);
        foreach (var table in RecordTables)
        {
            await HashTableAsync(connection, transaction, table, digests, cancellationToken).ConfigureAwait(false);
        }

        await LinkRunsAsync(connection, transaction, digests, cancellationToken).ConfigureAwait(false);

        foreach (var (_, sql) in triggers)
        {
            var kept = sql.Contains(ErasableRowsKeepTheirHashes, StringComparison.Ordinal)
                ? sql.Replace(ErasableRowsKeepTheirHashes, ErasableRowsKeepTheirHashes + " OR NEW.excerpt_hash IS NOT OLD.excerpt_hash OR NEW.row_hash IS NOT OLD.row_hash", StringComparison.Ordinal)
                : sql;
            await ExecuteAsync(connection, transaction, kept, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task HashTableAsync(
        DbConnection connection, DbTransaction transaction, string table, Dictionary<string, RunDigest> digests, CancellationToken cancellationToken)
    {
        // Tables keyed by several columns are WITHOUT ROWID: every row is updated by its primary key.
        var keys = new List<string>();
        await using (var readKeys = connection.Command("SELECT name FROM pragma_table_info(@table) WHERE pk > 0 ORDER BY pk", transaction).With("@table", table))
        await using (var reader = await readKeys.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys.Add(reader.GetString(0));
            }
        }

        var hashes = new List<(object[] Key, string? Excerpt, string Row)>();
        await using (var read = connection.Command($"SELECT * FROM {table}", transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            var hasher = new StoredRowHasher(table, reader);
            var runOrdinal = reader.GetOrdinal("run_id");
            var keyOrdinals = keys.ConvertAll(reader.GetOrdinal);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var excerpt = hasher.ExcerptHash(reader);
                var row = hasher.RowHashOf(reader, excerpt);
                hashes.Add((keyOrdinals.ConvertAll(reader.GetValue).ToArray(), excerpt, row));
                var run = reader.GetString(runOrdinal);
                if (!digests.TryGetValue(run, out var digest))
                {
                    digests[run] = digest = new RunDigest();
                }

                digest.Add(table, row);
            }
        }

        var set = table is "sources" or "stances" ? "excerpt_hash = @excerpt, row_hash = @row" : "row_hash = @row";
        var where = string.Join(" AND ", keys.Select((k, i) => $"{k} = @k{i}"));
        await using var update = connection.Command($"UPDATE {table} SET {set} WHERE {where}", transaction).With("@excerpt", null).With("@row", null);
        for (var i = 0; i < keys.Count; i++)
        {
            update.With($"@k{i}", null);
        }

        foreach (var (key, excerpt, row) in hashes)
        {
            update.Set("@excerpt", excerpt);
            update.Set("@row", row);
            for (var i = 0; i < key.Length; i++)
            {
                update.Set($"@k{i}", key[i]);
            }

            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task LinkRunsAsync(DbConnection connection, DbTransaction transaction, Dictionary<string, RunDigest> digests, CancellationToken cancellationToken)
    {
        var links = new List<(string Id, long Seq, string? Previous, string Digest, string Row)>();
        await using (var read = connection.Command("SELECT * FROM import_runs ORDER BY recorded_at, id", transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            var hasher = new StoredRowHasher("import_runs", reader);
            string? previous = null;
            long seq = 0;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(reader.GetOrdinal("id"));
                var digest = digests.GetValueOrDefault(id)?.ToString() ?? new RunDigest().ToString();
                seq++;
                var values = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => (object?)reader.GetValue(i), StringComparer.Ordinal);
                values["committed_at"] = values["recorded_at"];
                values["chain_seq"] = seq;
                values["previous_hash"] = previous;
                values["rows_digest"] = digest;
                var covered = RowHash.CoveredColumns("import_runs", values.Keys);
                var row = RowHash.Of("import_runs", covered, i => values[covered[i]]);
                links.Add((id, seq, previous, digest, row));
                previous = row;
            }
        }

        await using var update = connection.Command(
            "UPDATE import_runs SET committed_at = recorded_at, chain_seq = @seq, previous_hash = @previous, rows_digest = @digest, row_hash = @row WHERE id = @id", transaction)
            .With("@seq", null).With("@previous", null).With("@digest", null).With("@row", null).With("@id", null);
        foreach (var (id, seq, previous, digest, row) in links)
        {
            update.Set("@seq", seq);
            update.Set("@previous", previous);
            update.Set("@digest", digest);
            update.Set("@row", row);
            update.Set("@id", id);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
