using FactStore.Engines;
using FactStore.Sqlite.Search;
using FactStore.Storage;

namespace FactStore.Sqlite.Schema;

internal static partial class SqliteSchema
{
    /// <summary>
    /// The full-text indexes are written once per run instead of by a trigger per row. FTS5 writes its pending terms to
    /// disk at the start of every statement of a transaction that has written to it, so a trigger made one tiny index
    /// segment per row and kept merging them: a 64 MB Wikidata import wrote 10.5 GB for an index of a few MB. The writer
    /// now indexes the run's new rows with one statement per table before it commits (<see cref="SqliteSearch.IndexSinceAsync"/>).
    /// <c>stances_by_key</c> goes too: <c>stances_by_fact</c> finds a fact's few stances as fast, and a large import
    /// reads and writes a third less without its random inserts (docs/benchmarks.md).
    /// </summary>
    private static StoreMigration Version5 => new(5, "search indexes written once per run, not by a trigger per row; no stances_by_key", """
        DROP TRIGGER facts_search_insert;
        DROP TRIGGER stances_search_insert;
        DROP TRIGGER sources_search_insert;
        DROP INDEX stances_by_key;
        """);
}
