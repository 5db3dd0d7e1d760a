namespace FactStore.Storage;

internal static partial class Sql
{
    /// <summary>The provenance columns every select joins from the record's import run <c>r</c>.</summary>
    private const string Provenance = "r.id AS run_id, r.importer, r.importer_version, r.input";

    /// <summary>
    /// Sources with their redaction, if any: <paramref name="text"/> is the text column or <c>NULL</c>, and
    /// <paramref name="redactionKnown"/> limits which redactions show. <c>erased</c> says whether the text was erased at
    /// all, whenever the redaction was recorded.
    /// </summary>
    private static string SourceSelect(string text, string redactionKnown) => $"""
        SELECT s.id, s.title, s.publisher, s.authors, s.stated_date, s.stated_date_kind, s.retrieved_at, s.accessed,
            s.language, {text} AS text, s.extra, s.recorded_at, {Provenance}, s.content_hash,
            EXISTS (SELECT 1 FROM redactions rx WHERE rx.target_id = s.id) AS erased,
            x.id AS redaction_id, x.target_id AS redaction_target, x.reason AS redaction_reason,
            x.recorded_at AS redaction_recorded_at, xr.id AS redaction_run_id, xr.importer AS redaction_importer,
            xr.importer_version AS redaction_importer_version, xr.input AS redaction_input
        FROM sources s JOIN import_runs r ON r.id = s.run_id
        LEFT JOIN redactions x ON x.target_id = s.id{redactionKnown} LEFT JOIN import_runs xr ON xr.id = x.run_id
        """;

    private static readonly string SourceKnownWithText =
        SourceSelect("s.text", " AND x.recorded_at <= @known") + " WHERE s.recorded_at <= @known";

    private static readonly string SourceKnownWithoutText =
        SourceSelect("NULL", " AND x.recorded_at <= @known") + " WHERE s.recorded_at <= @known";

    /// <summary>
    /// The sources recorded by <c>@known</c>, with the redactions recorded by then, with or without their texts (the
    /// text column is then not read at all); the caller appends <c> AND</c> conditions and the order.
    /// </summary>
    public static string SelectSourceKnown(bool includeText) => includeText ? SourceKnownWithText : SourceKnownWithoutText;

    /// <summary>The ids of the sources with the locator <c>@scheme</c>:<c>@locator</c> as known at <c>@known</c>.</summary>
    public const string SourceIdsByLocator =
        "(SELECT l.source_id FROM source_locators l WHERE l.scheme = @scheme AND l.locator = @locator AND l.recorded_at <= @known)";

    /// <summary>The condition, after <see cref="SelectSourceKnown"/>, for the sources of <see cref="SourceIdsByLocator"/>.</summary>
    public const string SourcesByLocator = " AND s.id IN " + SourceIdsByLocator;

    /// <summary>Source locators (<c>owner_id</c>, <c>scheme</c>, <c>value</c>) with the given <c>WHERE</c> clause, in the order recorded.</summary>
    public static string Locators(string where) =>
        $"SELECT l.source_id AS owner_id, l.scheme, l.locator AS value FROM source_locators l{where} ORDER BY l.recorded_at, l.scheme, l.locator";

    /// <summary>The label entity <c>e</c> had as known at <c>@known</c>, when it was relabelled since it was first recorded.</summary>
    private const string NewerLabel = """
        (SELECT l.label FROM entity_labels l WHERE l.entity_id = e.id AND l.recorded_at <= @known ORDER BY l.recorded_at DESC LIMIT 1)
        """;

    /// <summary>The label of entity <c>e</c> as known at <c>@known</c>.</summary>
    public const string CurrentLabel = $"COALESCE({NewerLabel}, e.label)";

    /// <summary>An entity with the label it had as known at <c>@known</c> (a relabelled item reads with its newest label).</summary>
    public const string SelectEntity = $"""
        SELECT e.id, e.kind, e.label, {NewerLabel} AS current_label, e.extra,
            e.recorded_at, {Provenance}
        FROM entities e JOIN import_runs r ON r.id = e.run_id
        """;

    /// <summary>
    /// Every other name of entities (<c>owner_id</c>, <c>value</c>, <c>language</c>) as known at <c>@known</c>, a label
    /// an entity was relabelled from among them, with the given condition (<c> AND …</c>), in the order recorded.
    /// </summary>
    public static string Aliases(string condition) => $"""
        SELECT a.entity_id AS owner_id, a.alias AS value, a.language FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.alias <> {CurrentLabel}{condition}
        ORDER BY a.recorded_at, a.alias
        """;

    /// <summary>Entities' external ids (<c>owner_id</c>, <c>scheme</c>, <c>value</c>) with the given <c>WHERE</c> clause, in the order recorded.</summary>
    public static string ExternalIds(string where) =>
        $"SELECT x.entity_id AS owner_id, x.scheme, x.value FROM entity_external_ids x{where} ORDER BY x.recorded_at, x.scheme, x.value";

    /// <summary>Entities' descriptions (<c>owner_id</c>, <c>language</c>, <c>value</c>) with the given <c>WHERE</c> clause, in the order recorded.</summary>
    public static string Descriptions(string where) =>
        $"SELECT d.entity_id AS owner_id, d.language, d.text AS value FROM entity_descriptions d{where} ORDER BY d.recorded_at, d.language, d.text";

    private const string FactColumns = $"""
        f.seq, f.id, f.subject_id, f.predicate, f.object_entity_id, f.object_value, f.object_type, f.object_detail,
            f.qualifiers, f.statement_key, f.statement, f.valid_from, f.valid_to, f.valid_point, f.supersedes_id,
            f.extra, f.recorded_at, {Provenance}
        """;

    private const string FactTables = "FROM facts f JOIN import_runs r ON r.id = f.run_id";

    public const string SelectFact = $"SELECT {FactColumns} {FactTables}";

    /// <summary><see cref="SelectFact"/> with one more column, e.g. a sort key.</summary>
    public static string SelectFactWith(string column) => $"SELECT {FactColumns}, {column} {FactTables}";

    public const string SelectStance = $"""
        SELECT st.seq, st.id, st.id_scheme, st.fact_id, st.source_id, st.position, st.holder_id, st.quote, st.quote_start,
            st.quote_end, st.quote_prefix, st.quote_suffix, st.locator, st.anchor, st.source_hash, st.said_at, st.origin,
            st.confidence, st.rank, st.stance_key, st.qualifiers, st.supersedes_id, st.extra, st.recorded_at, {Provenance},
            EXISTS (SELECT 1 FROM redactions rx WHERE rx.target_id = st.source_id) AS source_redacted
        FROM stances st JOIN import_runs r ON r.id = st.run_id
        """;

    public const string SelectRetraction = $"""
        SELECT x.id, x.target_id, x.reason, x.extra, x.recorded_at, {Provenance}
        FROM retractions x JOIN import_runs r ON r.id = x.run_id
        """;

    /// <summary>Whether the store holds any deprecated stance (a probe of a small partial index).</summary>
    public const string AnyDeprecatedStance = "SELECT 1 FROM stances WHERE rank = 'deprecated' LIMIT 1";

    /// <summary>Entities by folded label or alias, by external id, or by their own id (see <see cref="EntityLookup"/>).</summary>
    public static readonly string EntitiesByName =
        "SELECT e.id FROM entities e WHERE e.recorded_at <= @known AND e.id IN " + EntityLookup.Subquery("@");

    /// <summary>
    /// A fact <c>{alias}</c> is standing as known at <c>@known</c>: recorded by then, no standing correction of it and no
    /// retraction of it recorded by then (a retracted correction restores the original).
    /// </summary>
    public static string FactStanding(string alias) => $"""
        {alias}.recorded_at <= @known
        AND NOT EXISTS (SELECT 1 FROM facts n WHERE n.supersedes_id = {alias}.id AND n.recorded_at <= @known
            AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id AND nx.recorded_at <= @known))
        AND NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = {alias}.id AND x.recorded_at <= @known)
        """;

    /// <summary>Whether fact <c>{alias}</c> has a current stance whose rank satisfies <paramref name="rankCondition"/> (on <c>st.rank</c>).</summary>
    public static string HasCurrentStance(string alias, string rankCondition) =>
        $"EXISTS (SELECT 1 FROM stances st WHERE st.fact_id = {alias}.id AND {rankCondition} AND {StanceCurrent})";

    /// <summary>A fact <c>f</c> is current as known at <c>@known</c>: recorded by then, neither superseded nor retracted by then.</summary>
    public const string FactKnown = "f.recorded_at <= @known";

    /// <summary>No correction of <c>f</c> known by then that is itself still standing (a retracted correction restores the original).</summary>
    public const string FactNotSuperseded = """
        NOT EXISTS (SELECT 1 FROM facts n WHERE n.supersedes_id = f.id AND n.recorded_at <= @known
            AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id AND nx.recorded_at <= @known))
        """;

    public const string FactNotRetracted =
        "NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = f.id AND x.recorded_at <= @known)";

    /// <summary>
    /// The conditions that hide, as known at <c>@known</c>, what a correction superseded and what was retracted, unless
    /// asked for: fact <c>f</c>, and with <paramref name="stance"/> stance <c>st</c> too.
    /// </summary>
    public static IEnumerable<string> Standing(bool includeSuperseded, bool includeRetracted, bool stance)
    {
        if (!includeSuperseded)
        {
            yield return FactNotSuperseded;
            if (stance)
            {
                yield return StanceNotSuperseded;
            }
        }

        if (!includeRetracted)
        {
            yield return FactNotRetracted;
            if (stance)
            {
                yield return StanceNotRetracted;
            }
        }
    }

    /// <summary>No correction of stance <c>st</c> known by then that is itself still standing.</summary>
    public const string StanceNotSuperseded = """
        NOT EXISTS (SELECT 1 FROM stances n WHERE n.supersedes_id = st.id AND n.recorded_at <= @known
            AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id AND nx.recorded_at <= @known))
        """;

    public const string StanceNotRetracted =
        "NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = st.id AND x.recorded_at <= @known)";

    /// <summary>A stance <c>st</c> is current as known at <c>@known</c>.</summary>
    public const string StanceCurrent = $"{StanceKnown} AND {StanceNotSuperseded} AND {StanceNotRetracted}";

    /// <summary>The standing correction of fact <c>@id</c>, as known at <c>@known</c>: the latest one that is not retracted.</summary>
    public static readonly string NextVersion = StandingCorrections("= @id") + " LIMIT 1";
}
