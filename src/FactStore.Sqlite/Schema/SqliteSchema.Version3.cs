using System.Data.Common;
using FactStore.Engines;
using FactStore.Sqlite.Search;
using FactStore.Searching;
using FactStore.Storage;
using FactStore.Text;

namespace FactStore.Sqlite.Schema;

internal static partial class SqliteSchema
{
    /// <summary>
    /// Search: FTS5 indexes of statements, quotes and source texts (BM25), kept by triggers and read from the tables
    /// themselves (external content: no second copy of any text), and a trigram index of entity names, kept by the
    /// writer since it holds names folded by FactStore's own rules (<see cref="SqliteSearch"/>, docs/search.md).
    /// </summary>
    /// <remarks>
    /// A redaction, the one update the append-only triggers allow, removes the erased text from the index too; the
    /// indexes that can lose text use FTS5's <c>secure-delete</c>, so the removed words are not left in the index's pages.
    /// </remarks>
    private static StoreMigration Version3 => new(3, "search: full-text indexes of statements, quotes and source texts, a trigram index of names, stances by holder", """
        CREATE INDEX stances_by_holder ON stances (holder_id);

        CREATE VIRTUAL TABLE facts_search USING fts5 (statement, content = 'facts', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE stances_search USING fts5 (quote, content = 'stances', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE sources_search USING fts5 (text, content = 'sources', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO stances_search (stances_search, rank) VALUES ('secure-delete', 1);
        INSERT INTO sources_search (sources_search, rank) VALUES ('secure-delete', 1);
        INSERT INTO facts_search (facts_search) VALUES ('rebuild');
        INSERT INTO stances_search (stances_search) VALUES ('rebuild');
        INSERT INTO sources_search (sources_search) VALUES ('rebuild');

        CREATE TRIGGER facts_search_insert AFTER INSERT ON facts BEGIN
            INSERT INTO facts_search (rowid, statement) VALUES (NEW.seq, NEW.statement);
        END;
        CREATE TRIGGER stances_search_insert AFTER INSERT ON stances BEGIN
            INSERT INTO stances_search (rowid, quote) VALUES (NEW.seq, NEW.quote);
        END;
        CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
            INSERT INTO sources_search (rowid, text) VALUES (NEW.seq, NEW.text);
        END;
        -- A redaction erases the excerpts and the text: the index forgets the old words and indexes what is left ('').
        CREATE TRIGGER stances_search_erase AFTER UPDATE OF quote ON stances BEGIN
            INSERT INTO stances_search (stances_search, rowid, quote) VALUES ('delete', OLD.seq, OLD.quote);
            INSERT INTO stances_search (rowid, quote) VALUES (NEW.seq, NEW.quote);
        END;
        CREATE TRIGGER sources_search_erase AFTER UPDATE OF text ON sources BEGIN
            INSERT INTO sources_search (sources_search, rowid, text) VALUES ('delete', OLD.seq, OLD.text);
            INSERT INTO sources_search (rowid, text) VALUES (NEW.seq, NEW.text);
        END;

        -- Every label and alias (entity_aliases holds both), folded, and spelled by the transliteration fold; the writer
        -- adds a row with each new alias row.
        CREATE VIRTUAL TABLE names_search USING fts5 (name, spelling, entity_id UNINDEXED, alias UNINDEXED, recorded_at UNINDEXED, tokenize = 'trigram');
        """)
    {
        Backfill = IndexNamesAsync,
    };

    /// <summary>Indexes the names the store already holds, as the writer indexes new ones.</summary>
    private static async Task IndexNamesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(SqliteSearch.InsertNameSql, transaction)
            .With("@entity", null).With("@alias", null).With("@name", null).With("@spelling", null).With("@recorded", null);
        await using var read = connection.Command("SELECT entity_id, alias, recorded_at FROM entity_aliases ORDER BY recorded_at", transaction);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var alias = reader.GetString(1);
            insert.Set("@entity", reader.GetString(0));
            insert.Set("@alias", alias);
            insert.Set("@name", TextFolding.FoldName(alias));
            insert.Set("@spelling", NameSpelling.Fold(alias));
            insert.Set("@recorded", reader.GetString(2));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
