using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Schema;

internal static partial class SqliteSchema
{
    /// <summary>
    /// A statement key names a statement of its subject, and the writer looks a key up with its subject for every fact
    /// it writes (<see cref="Sql.FactByStatementKey"/>, <see cref="Sql.FactVersionWithContent"/>). Indexed by the key
    /// alone, a key that many subjects share (copied items, or an importer's keys that are unique only per subject) made
    /// each lookup read every fact with that key: a 128 MB import read 13 GB, a 1 GB import did not finish
    /// (docs/benchmarks.md). Indexed by key and subject, a lookup reads the subject's own versions only.
    /// </summary>
    private static StoreMigration Version6 => new(6, "statement keys indexed with their subject", """
        DROP INDEX facts_by_statement_key;
        CREATE INDEX facts_by_statement_key ON facts (statement_key, subject_id) WHERE statement_key IS NOT NULL;
        """);
}
