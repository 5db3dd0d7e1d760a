using Microsoft.Data.Sqlite;

namespace FactStore.TestSupport;

/// <summary>
/// Takes a store back to schema version 3 as that version wrote it: no hash columns, no hash chain, search indexed by
/// triggers (<c>VerifyTests.DowngradeToVersion3</c> in FactStore.Tests does). Opening it again runs migration 4, which hashes every row.
/// </summary>
internal static class Version3Store
{
    private static readonly string[] HashedTables =
        ["sources", "source_locators", "entities", "entity_labels", "entity_aliases", "entity_external_ids", "entity_descriptions", "facts", "stances", "retractions", "redactions", "import_runs"];

    // Migration 5 dropped the triggers that indexed each row for search as it was written, and stances_by_key;
    // migration 6 indexed statement keys with their subject.
    private const string SearchTriggers = """
        CREATE TRIGGER facts_search_insert AFTER INSERT ON facts BEGIN INSERT INTO facts_search (rowid, statement) VALUES (NEW.seq, NEW.statement); END;
        CREATE TRIGGER stances_search_insert AFTER INSERT ON stances BEGIN INSERT INTO stances_search (rowid, quote) VALUES (NEW.seq, NEW.quote); END;
        CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN INSERT INTO sources_search (rowid, text) VALUES (NEW.seq, NEW.text); END;
        CREATE INDEX stances_by_key ON stances (fact_id, stance_key) WHERE stance_key IS NOT NULL;
        DROP INDEX facts_by_statement_key;
        CREATE INDEX facts_by_statement_key ON facts (statement_key) WHERE statement_key IS NOT NULL;
        """;

    public static void Downgrade(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var triggers = new List<string>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%append_only_update'";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                triggers.Add(reader.GetString(0));
            }
        }

        var sql = new System.Text.StringBuilder("PRAGMA foreign_keys = OFF; BEGIN;");
        sql.Append(string.Concat(triggers.Select(t => $"DROP TRIGGER {t.Split(' ')[2]};")));
        sql.Append("DROP INDEX import_runs_by_chain; DROP INDEX import_runs_by_commit;");
        sql.Append(string.Concat(HashedTables.Select(table => $"ALTER TABLE {table} DROP COLUMN row_hash;")));
        sql.Append("ALTER TABLE sources DROP COLUMN excerpt_hash; ALTER TABLE stances DROP COLUMN excerpt_hash;");
        sql.Append("ALTER TABLE import_runs DROP COLUMN committed_at; ALTER TABLE import_runs DROP COLUMN chain_seq; ALTER TABLE import_runs DROP COLUMN previous_hash; ALTER TABLE import_runs DROP COLUMN rows_digest;");
        sql.Append(string.Concat(triggers.Select(t => t.Replace(" OR NEW.excerpt_hash IS NOT OLD.excerpt_hash OR NEW.row_hash IS NOT OLD.row_hash", "", StringComparison.Ordinal) + ";")));
        sql.Append(SearchTriggers);
        sql.Append("DELETE FROM schema_migrations WHERE version IN (4, 5, 6); COMMIT; PRAGMA wal_checkpoint(TRUNCATE);");
        using var command = connection.CreateCommand();
        command.CommandText = sql.ToString();
        command.ExecuteNonQuery();
    }
}
