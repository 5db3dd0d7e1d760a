namespace FactStore.Storage;

/// <summary>The statements of the discovery lists; counts are of standing facts and current stances as known at <c>@known</c>.</summary>
internal static partial class Sql
{
    /// <summary>Entities that meet <paramref name="condition"/> (on <c>e</c>), most facts first, then in the order recorded, after the cursor's <c>(@after_count, @after)</c> when <paramref name="afterCursor"/>.</summary>
    public static string ListEntities(string condition, bool afterCursor) => $"""
        WITH standing AS (SELECT f.id, f.subject_id, f.object_entity_id FROM facts f WHERE {FactStanding("f")}),
        mentions AS (
            SELECT subject_id AS entity_id, id FROM standing WHERE subject_id IS NOT NULL
            UNION SELECT object_entity_id, id FROM standing WHERE object_entity_id IS NOT NULL),
        fact_counts AS (SELECT entity_id, COUNT(*) AS n FROM mentions GROUP BY entity_id),
        stance_counts AS (
            SELECT st.holder_id AS entity_id, COUNT(*) AS n FROM stances st JOIN facts f ON f.id = st.fact_id
            WHERE st.holder_id IS NOT NULL AND {StanceCurrent} AND {FactStanding("f")} GROUP BY st.holder_id),
        listed AS (
            SELECT e.id, e.seq, COALESCE(fc.n, 0) AS fact_count, COALESCE(sc.n, 0) AS stance_count
            FROM entities e LEFT JOIN fact_counts fc ON fc.entity_id = e.id LEFT JOIN stance_counts sc ON sc.entity_id = e.id
            WHERE e.recorded_at <= @known{condition})
        SELECT id, seq, fact_count, stance_count FROM listed
        {(afterCursor ? "WHERE fact_count < @after_count OR (fact_count = @after_count AND seq > @after)" : "")}
        ORDER BY fact_count DESC, seq LIMIT @limit
        """;

    /// <summary>The ids of the entities with a name (label or alias) in the range of <see cref="NamePrefix"/>.</summary>
    public static string EntitiesNamed(string condition) =>
        $" AND e.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.recorded_at <= @known{condition})";

    /// <summary>Predicates that meet <paramref name="condition"/> (on <c>f</c>), most facts first, then by folded name, after the cursor's <c>(@after_count, @after)</c> when <paramref name="afterCursor"/>.</summary>
    public static string ListPredicates(string condition, bool afterCursor) => $"""
        SELECT f.predicate_folded AS folded, MIN(f.predicate) AS predicate, COUNT(*) AS fact_count FROM facts f
        WHERE f.predicate_folded IS NOT NULL AND {FactStanding("f")}{condition}
        GROUP BY f.predicate_folded
        {(afterCursor ? "HAVING COUNT(*) < @after_count OR (COUNT(*) = @after_count AND f.predicate_folded > @after)" : "")}
        ORDER BY fact_count DESC, folded LIMIT @limit
        """;

    /// <summary>The titled sources recorded by <c>@known</c>, to match a title prefix against (titles are folded by the caller).</summary>
    public const string SourceTitles = "SELECT s.id, s.title FROM sources s WHERE s.title IS NOT NULL AND s.recorded_at <= @known";

    /// <summary>Sources that meet <paramref name="condition"/> (on <c>s</c>), in the order recorded, with the text's length in <paramref name="textLength"/>.</summary>
    public static string ListSources(string condition, string textLength) => $"""
        WITH cited AS (
            SELECT st.source_id, COUNT(*) AS stances, COUNT(DISTINCT st.fact_id) AS facts FROM stances st JOIN facts f ON f.id = st.fact_id
            WHERE {StanceCurrent} AND {FactStanding("f")} GROUP BY st.source_id)
        SELECT s.id, s.seq, {textLength} AS text_length, COALESCE(c.stances, 0) AS stance_count, COALESCE(c.facts, 0) AS fact_count
        FROM sources s LEFT JOIN cited c ON c.source_id = s.id
        WHERE s.recorded_at <= @known{condition}
        ORDER BY s.seq LIMIT @limit
        """;
}
