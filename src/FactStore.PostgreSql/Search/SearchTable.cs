using FactStore.Searching;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// One full-text index and the records it indexes: names fixed here, never from input. <see cref="From"/> gives the
/// aliases the store's search conditions use (<c>f</c>, <c>st</c>, <c>s</c>).
/// </summary>
/// <param name="Kind">What its hits are.</param>
/// <param name="Index">The index table, also its row in <c>search_totals</c>.</param>
/// <param name="Records">The indexed table.</param>
/// <param name="Column">The indexed column.</param>
/// <param name="Seq">The hit record's seq, aliased.</param>
/// <param name="Select">The hit's columns but its text: seq, record_id, fact_id, source_id, text_start.</param>
/// <param name="From">The hit record and what its conditions read.</param>
/// <param name="Text">The hit's text, aliased.</param>
internal sealed record SearchTable(SearchHitKind Kind, string Index, string Records, string Column, string Seq, string Select, string From, string Text)
{
    public static SearchTable Statements { get; } = new(SearchHitKind.Statement, "facts_search", "facts", "statement", "f.seq",
        "f.seq, f.id AS record_id, f.id AS fact_id, NULL AS source_id, NULL::integer AS text_start", "facts f", "f.statement");

    // A quote's place in its source is known when it was anchored in the source's text.
    public static SearchTable Quotes { get; } = new(SearchHitKind.Quote, "stances_search", "stances", "quote", "st.seq",
        "st.seq, st.id AS record_id, st.fact_id, st.source_id, "
        + "CAST(CASE WHEN st.anchor <> 'unverified' AND s.content_hash IS NOT NULL THEN st.quote_start END AS integer) AS text_start",
        "stances st JOIN sources s ON s.id = st.source_id", "st.quote");

    public static SearchTable SourceTexts { get; } = new(SearchHitKind.SourceText, "sources_search", "sources", "text", "s.seq",
        "s.seq, s.id AS record_id, NULL AS fact_id, s.id AS source_id, 0 AS text_start", "sources s", "s.text");

    /// <summary>The three indexes, in the order the store's kinds are numbered.</summary>
    public static IReadOnlyList<SearchTable> All { get; } = [Statements, Quotes, SourceTexts];

    /// <summary>The scope that asks for this index's hits.</summary>
    public SearchScope Scope => Kind switch
    {
        SearchHitKind.Statement => SearchScope.Statements,
        SearchHitKind.Quote => SearchScope.Quotes,
        _ => SearchScope.SourceTexts,
    };
}
