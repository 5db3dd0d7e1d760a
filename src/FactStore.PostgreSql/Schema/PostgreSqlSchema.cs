using FactStore.Engines;

namespace FactStore.PostgreSql.Schema;

/// <summary>
/// PostgreSQL's migrations. A PostgreSQL store starts at the schema SQLite reached in six steps: the first migration
/// creates all of it (schema.sql), and steps 2 to 6 are recorded with SQLite's descriptions, so both engines number
/// their schema alike (statistics, "a newer schema" errors) and a later migration is step 7 on both.
/// </summary>
internal static class PostgreSqlSchema
{
    private const string Nothing = "SELECT 1";

    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        new(1, "records, aliases, retractions and import runs", ReadSchema()),
        new(2, "model v2: references, external ids, qualifiers, ranks, keys, claims, run fingerprints", Nothing),
        new(3, "search: full-text indexes of statements, quotes and source texts, a trigram index of names, stances by holder", Nothing),
        new(4, "tamper evidence: row hashes over every column, excerpt hashes, a hash chain of runs; record time in commit order", Nothing),
        new(5, "search indexes written once per run, not by a trigger per row; no stances_by_key", Nothing),
        new(6, "statement keys indexed with their subject", Nothing),
    ];

    /// <summary>The tables of the latest version, search tables included.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "schema_migrations", "import_runs", "sources", "source_locators", "entities", "entity_labels", "entity_aliases",
        "entity_external_ids", "entity_descriptions", "facts", "stances", "retractions", "redactions",
        "facts_search", "stances_search", "sources_search", "search_totals", "names_search",
    ];

    private static string ReadSchema()
    {
        using var stream = typeof(PostgreSqlSchema).Assembly.GetManifestResourceStream("FactStore.PostgreSql.Schema.schema.sql")
            ?? throw new InvalidOperationException("The assembly lacks its schema.sql resource.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
