namespace FactStore.Storage;

internal static partial class Sql
{
    /// <summary>
    /// Everything the store recorded, one row per change, in the columns <c>recorded_at, kind, record_id, target_id,
    /// detail, run_id</c>. A name or locator counts as a change of its own only when it came after its record.
    /// </summary>
    private const string AllChanges = """
        SELECT s.recorded_at, 'source-added' AS kind, s.id AS record_id, NULL AS target_id, s.title AS detail, s.run_id FROM sources s
        UNION ALL SELECT l.recorded_at, 'locator-added', l.source_id, NULL, l.scheme || ':' || l.locator, l.run_id
            FROM source_locators l JOIN sources s ON s.id = l.source_id WHERE l.recorded_at > s.recorded_at
        UNION ALL SELECT e.recorded_at, 'entity-added', e.id, NULL, e.label, e.run_id FROM entities e
        UNION ALL SELECT l.recorded_at, 'entity-relabelled', l.entity_id, NULL, l.label, l.run_id FROM entity_labels l
        UNION ALL SELECT a.recorded_at, 'alias-added', a.entity_id, NULL, a.alias, a.run_id
            FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.recorded_at > e.recorded_at
        UNION ALL SELECT x.recorded_at, 'external-id-added', x.entity_id, NULL, x.scheme || ':' || x.value, x.run_id
            FROM entity_external_ids x JOIN entities e ON e.id = x.entity_id WHERE x.recorded_at > e.recorded_at
        UNION ALL SELECT f.recorded_at, CASE WHEN f.supersedes_id IS NULL THEN 'fact-added' ELSE 'fact-corrected' END,
            f.id, f.supersedes_id, f.statement, f.run_id FROM facts f
        UNION ALL SELECT st.recorded_at, CASE WHEN st.supersedes_id IS NULL THEN 'stance-added' ELSE 'stance-corrected' END,
            st.id, COALESCE(st.supersedes_id, st.fact_id), st.position, st.run_id FROM stances st
        UNION ALL SELECT x.recorded_at, 'retracted', x.id, x.target_id, x.reason, x.run_id FROM retractions x
        UNION ALL SELECT x.recorded_at, 'redacted', x.id, x.target_id, x.reason, x.run_id FROM redactions x
        """;

    /// <summary>
    /// The ids a change must name (as its record or its target) to concern the record <c>@record</c>: every version of
    /// it (following supersession both ways), the stances on those versions, the facts about it as an entity, the
    /// stances taken from it as a source.
    /// </summary>
    private const string Concerned = """
        versions(newer, older) AS (
            SELECT id, supersedes_id FROM facts WHERE supersedes_id IS NOT NULL
            UNION ALL SELECT id, supersedes_id FROM stances WHERE supersedes_id IS NOT NULL),
        chain(id) AS (
            SELECT COALESCE(@record, (SELECT f.id FROM facts f WHERE 0 = 1))
            UNION SELECT CASE WHEN v.newer = c.id THEN v.older ELSE v.newer END
            FROM versions v JOIN chain c ON v.newer = c.id OR v.older = c.id),
        concerned(id) AS (
            SELECT id FROM chain
            UNION SELECT st.id FROM stances st WHERE st.fact_id IN (SELECT id FROM chain)
            UNION SELECT f.id FROM facts f WHERE f.subject_id = @record OR f.object_entity_id = @record
            UNION SELECT st.id FROM stances st WHERE st.source_id = @record)
        """;

    private const string ChangesPage = $"""
        SELECT c.recorded_at, c.kind, c.record_id, c.target_id, c.detail, {Provenance}
        FROM ({AllChanges}) c JOIN import_runs r ON r.id = c.run_id
        WHERE c.recorded_at > @since AND c.recorded_at <= @until
            AND (c.recorded_at, c.record_id, c.kind, COALESCE(c.detail, '')) > (@after_time, @after_id, @after_kind, @after_detail)
        """;

    /// <summary>One page of changes recorded in (<c>@since</c>, <c>@until</c>], after the cursor's key, at most <c>@limit</c> rows.</summary>
    public const string Changes = $"""
        {ChangesPage}
        ORDER BY c.recorded_at, c.record_id, c.kind, COALESCE(c.detail, '') LIMIT @limit
        """;

    /// <summary><see cref="Changes"/>, only those that concern the record <c>@record</c>.</summary>
    public const string ChangesOfRecord = $"""
        WITH RECURSIVE {Concerned}
        {ChangesPage}
            AND (c.record_id IN (SELECT id FROM concerned) OR c.target_id IN (SELECT id FROM concerned))
        ORDER BY c.recorded_at, c.record_id, c.kind, COALESCE(c.detail, '') LIMIT @limit
        """;
}
