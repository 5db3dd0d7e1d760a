namespace FactStore.Storage;

/// <summary>The statements of <see cref="EvidenceReads"/>: each takes the subquery of the fact ids (<see cref="ISqlDialect.StringSet"/>).</summary>
internal static partial class Sql
{
    /// <summary>The facts of <paramref name="ids"/> and every earlier version they correct, recorded by <c>@known</c>.</summary>
    public static string FactVersions(string ids) => $"""
        WITH RECURSIVE versions (id) AS (
            SELECT * FROM {ids} AS requested
            UNION SELECT f.supersedes_id FROM facts f JOIN versions v ON f.id = v.id WHERE f.supersedes_id IS NOT NULL)
        {SelectFact} WHERE f.id IN (SELECT id FROM versions) AND {FactKnown}
        """;

    /// <summary>The current stances on the facts of <paramref name="ids"/>, in the order recorded.</summary>
    public static string StancesOnFacts(string ids) => $"{SelectStance} WHERE st.fact_id IN {ids} AND {StanceCurrent} ORDER BY st.seq";

    /// <summary>
    /// The corrections (<c>id</c>, first, so that a scalar read gives it) of the facts whose id satisfies <paramref name="target"/> (<c>supersedes_id</c>)
    /// that stand as known at <c>@known</c>, latest first: the first of each fact's is the one that supersedes it.
    /// </summary>
    public static string StandingCorrections(string target) => $"""
        SELECT f.id, f.supersedes_id FROM facts f WHERE f.supersedes_id {target} AND f.recorded_at <= @known
            AND NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = f.id AND x.recorded_at <= @known)
        ORDER BY f.recorded_at DESC, f.seq DESC
        """;

    /// <summary>The retractions of the records of <paramref name="ids"/> recorded by <c>@known</c>.</summary>
    public static string RetractionsOf(string ids) => $"{SelectRetraction} WHERE x.target_id IN {ids} AND x.recorded_at <= @known";
}
