namespace FactStore.Storage;

internal static partial class Sql
{
    /// <summary>The record types <see cref="Statistics"/> counts, each a column of its one row.</summary>
    public static readonly string[] StatisticsColumns =
    [
        "sources", "locators", "entities", "labels", "aliases", "external_ids", "descriptions", "facts", "stances", "retractions", "redactions",
    ];

    public const string Statistics = """
        SELECT
            (SELECT COUNT(*) FROM sources) AS sources,
            (SELECT COUNT(*) FROM source_locators) AS locators,
            (SELECT COUNT(*) FROM entities) AS entities,
            (SELECT COUNT(*) FROM entity_labels) AS labels,
            (SELECT COUNT(*) FROM entity_aliases) AS aliases,
            (SELECT COUNT(*) FROM entity_external_ids) AS external_ids,
            (SELECT COUNT(*) FROM entity_descriptions) AS descriptions,
            (SELECT COUNT(*) FROM facts) AS facts,
            (SELECT COUNT(*) FROM stances) AS stances,
            (SELECT COUNT(*) FROM retractions) AS retractions,
            (SELECT COUNT(*) FROM redactions) AS redactions,
            (SELECT COUNT(*) FROM import_runs) AS runs,
            (SELECT MAX(recorded_at) FROM import_runs) AS last_recorded_at,
            (SELECT MAX(version) FROM schema_migrations) AS schema_version
        """;
}
