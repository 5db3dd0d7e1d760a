namespace FactStore.Storage;

internal static partial class Sql
{
    private const string Provenance = "r.id, r.importer, r.importer_version, r.input";

    public const string SelectSource = $"""
        SELECT s.id, s.title, s.publisher, s.authors, s.stated_date, s.stated_date_kind, s.retrieved_at,
            s.language, s.text, s.recorded_at, {Provenance}, s.content_hash,
            x.id, x.target_id, x.reason, x.recorded_at, xr.id, xr.importer, xr.importer_version, xr.input
        FROM sources s JOIN import_runs r ON r.id = s.run_id
        LEFT JOIN redactions x ON x.target_id = s.id LEFT JOIN import_runs xr ON xr.id = x.run_id
        """;

    public const string SelectLocators = """
        SELECT locator FROM source_locators WHERE source_id = @id ORDER BY recorded_at, locator
        """;

    public const string SelectEntity = $"""
        SELECT e.id, e.kind, e.label, e.recorded_at, {Provenance}
        FROM entities e JOIN import_runs r ON r.id = e.run_id
        """;

    public const string SelectAliases = """
        SELECT a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.entity_id = @id AND a.alias <> e.label
        ORDER BY a.recorded_at, a.alias
        """;

    public const string SelectFact = $"""
        SELECT f.id, f.subject_id, f.predicate, f.object_entity_id, f.object_value, f.object_type, f.statement,
            f.valid_from, f.valid_to, f.supersedes_id, f.recorded_at, {Provenance}
        FROM facts f JOIN import_runs r ON r.id = f.run_id
        """;

    public const string SelectStance = $"""
        SELECT st.id, st.fact_id, st.source_id, st.position, st.holder_id, st.quote, st.quote_start, st.quote_end,
            st.quote_prefix, st.quote_suffix, st.anchor, st.source_hash, st.said_at, st.origin, st.confidence,
            st.supersedes_id, st.recorded_at, {Provenance},
            EXISTS (SELECT 1 FROM redactions rx WHERE rx.target_id = st.source_id)
        FROM stances st JOIN import_runs r ON r.id = st.run_id
        """;

    public const string SelectRetraction = $"""
        SELECT x.id, x.target_id, x.reason, x.recorded_at, {Provenance}
        FROM retractions x JOIN import_runs r ON r.id = x.run_id
        """;

    public const string EntitiesByName = """
        SELECT DISTINCT a.entity_id FROM entity_aliases a WHERE a.folded = @folded OR a.entity_id = @name
        """;

    /// <summary>A fact <c>f</c> is current as known at <c>@known</c>: recorded by then, neither superseded nor retracted by then.</summary>
    public const string FactKnown = "f.recorded_at <= @known";

    /// <summary>No correction of <c>f</c> known by then that is itself still standing (a retracted correction restores the original).</summary>
    public const string FactNotSuperseded = """
        NOT EXISTS (SELECT 1 FROM facts n WHERE n.supersedes_id = f.id AND n.recorded_at <= @known
            AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id AND nx.recorded_at <= @known))
        """;

    public const string FactNotRetracted =
        "NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = f.id AND x.recorded_at <= @known)";

    /// <summary>A stance <c>st</c> is current as known at <c>@known</c>.</summary>
    public const string StanceCurrent = """
        st.recorded_at <= @known
        AND NOT EXISTS (SELECT 1 FROM stances n WHERE n.supersedes_id = st.id AND n.recorded_at <= @known
            AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id AND nx.recorded_at <= @known))
        AND NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = st.id AND x.recorded_at <= @known)
        """;

    /// <summary>The standing correction of fact <c>@id</c>, as known at <c>@known</c>: the latest one that is not retracted.</summary>
    public const string NextVersion = """
        SELECT f.id FROM facts f WHERE f.supersedes_id = @id AND f.recorded_at <= @known
            AND NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = f.id AND x.recorded_at <= @known)
        ORDER BY f.recorded_at DESC, f.seq DESC LIMIT 1
        """;
}
