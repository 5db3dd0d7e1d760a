namespace FactStore.Storage;

/// <summary>The statements of <see cref="FactStoreDatabase.ExportJsonLinesAsync(Stream, CancellationToken)"/>: every table in insertion order.</summary>
internal static partial class Sql
{
    /// <summary>
    /// Starts the read transaction an export runs in, so it sees one snapshot even while imports go on. A deferred
    /// <c>BEGIN</c> takes no write lock in SQLite's WAL mode; PostgreSQL's dialect will need <c>REPEATABLE READ</c>.
    /// </summary>
    public const string BeginSnapshot = "BEGIN";

    /// <summary>Ends the export's read transaction; it wrote nothing, so ending it either way is the same.</summary>
    public const string EndSnapshot = "ROLLBACK";

    public const string ExportSources = SelectSource + " ORDER BY s.seq";

    /// <summary>Every locator, in the order <see cref="SelectLocators"/> gives each source's.</summary>
    public const string ExportLocators = """
        SELECT l.source_id AS owner_id, l.scheme, l.locator AS value FROM source_locators l ORDER BY l.recorded_at, l.scheme, l.locator
        """;

    public const string ExportEntities = SelectEntity + " ORDER BY e.seq";

    /// <summary>Every alias other than the label, in the order <see cref="SelectAliases"/> gives each entity's.</summary>
    public const string ExportAliases = $"""
        SELECT a.entity_id AS owner_id, a.alias AS value, a.language FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.alias <> {CurrentLabel}
        ORDER BY a.recorded_at, a.alias
        """;

    public const string ExportExternalIds = """
        SELECT x.entity_id AS owner_id, x.scheme, x.value FROM entity_external_ids x ORDER BY x.recorded_at, x.scheme, x.value
        """;

    public const string ExportDescriptions = """
        SELECT d.entity_id AS owner_id, d.language, d.text AS value FROM entity_descriptions d ORDER BY d.recorded_at, d.language, d.text
        """;

    public const string ExportFacts = SelectFact + " ORDER BY f.seq";

    public const string ExportStances = SelectStance + " ORDER BY st.seq";

    public const string ExportRetractions = SelectRetraction + " ORDER BY x.seq";

    public const string ExportRedactions = """
        SELECT x.id AS id, x.target_id AS target_id, x.reason AS reason, x.extra AS extra, x.recorded_at AS recorded_at,
            r.id AS run_id, r.importer AS importer, r.importer_version AS importer_version, r.input AS input
        FROM redactions x JOIN import_runs r ON r.id = x.run_id
        ORDER BY x.seq
        """;
}
