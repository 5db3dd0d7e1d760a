using System.Data.Common;
using System.Text;
using FactStore.Engines;
using FactStore.Searching;
using FactStore.Storage;

namespace FactStore.Sqlite.Search;

/// <summary>
/// Search on SQLite's FTS5 (migration 3): <c>facts_search</c>, <c>stances_search</c> and <c>sources_search</c> index
/// statements, quotes and source texts (unicode61 words, diacritics removed; BM25), <c>names_search</c> labels and
/// aliases (trigrams). The MATCH expression is built here from phrases, each a quoted FTS5 string, so no user text is
/// ever read as FTS5 syntax.
/// </summary>
internal sealed partial class SqliteSearch : IStoreSearch
{
    public const string InsertNameSql = """
        INSERT INTO names_search (name, spelling, entity_id, alias, recorded_at) VALUES (@name, @spelling, @entity, @alias, @recorded)
        """;

    /// <summary>The most words a snippet holds (FTS5 allows 64).</summary>
    private const int SnippetWords = 24;

    private static readonly SearchHitKind[] Kinds = [SearchHitKind.Statement, SearchHitKind.Quote, SearchHitKind.SourceText];

    public async Task<IReadOnlyList<SearchRow>> SearchAsync(DbConnection connection, SearchRequest request, CancellationToken cancellationToken)
    {
        var rows = new List<SearchRow>();
        foreach (var kind in Kinds.Where(k => request.Scope.HasFlag(Scope(k))))
        {
            await using var command = Command(connection, kind, request);
            await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
            var row = new Row(reader, command.CommandText);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new SearchRow
                {
                    Kind = kind,
                    Seq = row.Long("seq"),
                    RecordId = row.String("record_id"),
                    FactId = row.NullableString("fact_id"),
                    SourceId = row.NullableString("source_id"),
                    Score = row.NullableDouble("score") ?? 0,
                    Snippet = row.NullableString("snippet") ?? "",
                    Text = row.NullableString("text"),
                    TextStart = row.NullableInt("text_start"),
                });
            }
        }

        return rows;
    }

    /// <summary>Every phrase as an FTS5 string (double quotes doubled), all of them required.</summary>
    public static string Match(IEnumerable<string> phrases) =>
        string.Join(' ', phrases.Select(Quoted));

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static SearchScope Scope(SearchHitKind kind) => kind switch
    {
        SearchHitKind.Statement => SearchScope.Statements,
        SearchHitKind.Quote => SearchScope.Quotes,
        _ => SearchScope.SourceTexts,
    };

    private static DbCommand Command(DbConnection connection, SearchHitKind kind, SearchRequest request)
    {
        var (table, seq, select) = Select(kind);
        var score = $"-bm25({table})";
        var where = new List<string> { $"{table} MATCH @match" };
        where.AddRange(request.Conditions(kind));
        var command = connection.Command("").With("@match", Match(request.Phrases)).With("@known", request.Known);
        if (request.After is { } after)
        {
            // Hits come by score, then kind, then row: after the cursor's hit are the lower scores, and on its score
            // the later kinds, and on its kind the later rows.
            where.Add(kind < after.Kind ? $"{score} < @afterScore"
                : kind > after.Kind ? $"{score} <= @afterScore"
                : $"({score} < @afterScore OR ({score} = @afterScore AND {seq} > @afterSeq))");
            command.With("@afterScore", after.Score).With("@afterSeq", after.Seq);
        }

        command.CommandText = $"""
            SELECT {select}, {score} AS score,
                snippet({table}, 0, @open, @close, @cut, {SnippetWords}) AS snippet
            FROM {table} {From(kind)}
            WHERE {string.Join(" AND ", where)}
            ORDER BY score DESC, {seq} LIMIT @limit
            """;
        return command
            .With("@open", request.MatchStart)
            .With("@close", request.MatchEnd)
            .With("@cut", request.Cut)
            .With("@limit", request.Limit);
    }

    private static (string Table, string Seq, string Select) Select(SearchHitKind kind) => kind switch
    {
        SearchHitKind.Statement => ("facts_search", "f.seq",
            "f.seq, f.id AS record_id, f.id AS fact_id, NULL AS source_id, NULL AS text, NULL AS text_start"),

        // A quote's place in its source is known when it was anchored in the source's text.
        SearchHitKind.Quote => ("stances_search", "st.seq",
            "st.seq, st.id AS record_id, st.fact_id, st.source_id, st.quote AS text, "
            + "CASE WHEN st.anchor <> 'unverified' AND s.content_hash IS NOT NULL THEN st.quote_start END AS text_start"),
        _ => ("sources_search", "s.seq", "s.seq, s.id AS record_id, NULL AS fact_id, s.id AS source_id, s.text AS text, 0 AS text_start"),
    };

    private static string From(SearchHitKind kind) => kind switch
    {
        SearchHitKind.Statement => "JOIN facts f ON f.seq = facts_search.rowid",
        SearchHitKind.Quote => "JOIN stances st ON st.seq = stances_search.rowid JOIN sources s ON s.id = st.source_id",
        _ => "JOIN sources s ON s.seq = sources_search.rowid",
    };
}
