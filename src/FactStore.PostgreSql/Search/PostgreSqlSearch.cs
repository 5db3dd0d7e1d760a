using System.Data.Common;
using System.Globalization;
using System.Text;
using FactStore.Engines;
using FactStore.Searching;
using FactStore.Storage;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// Search on PostgreSQL: statements, quotes and source texts as tsvectors of the <c>fs_search</c> configuration (words
/// without accents, lower-cased) under GIN indexes, each phrase a <c>phraseto_tsquery</c>; names by pg_trgm similarity.
/// User text reaches the server only as parameters.
/// </summary>
internal sealed class PostgreSqlSearch : IStoreSearch
{
    private const int SnippetWords = 24;

    private const string MarkSql = """
        SELECT (SELECT COALESCE(MAX(seq), 0) FROM facts) AS facts, (SELECT COALESCE(MAX(seq), 0) FROM stances) AS stances,
            (SELECT COALESCE(MAX(seq), 0) FROM sources) AS sources
        """;

    private const string IndexSinceSql = """
        INSERT INTO facts_search (seq, statement) SELECT seq, to_tsvector('fs_search', COALESCE(statement, '')) FROM facts WHERE seq > @facts ON CONFLICT DO NOTHING;
        INSERT INTO stances_search (seq, quote) SELECT seq, to_tsvector('fs_search', COALESCE(quote, '')) FROM stances WHERE seq > @stances ON CONFLICT DO NOTHING;
        INSERT INTO sources_search (seq, part, text) SELECT s.seq, p.part, p.text FROM sources s, LATERAL sources_search_parts(s.text) p
            WHERE s.seq > @sources ON CONFLICT DO NOTHING;
        """;


    private static readonly SearchHitKind[] Kinds = [SearchHitKind.Statement, SearchHitKind.Quote, SearchHitKind.SourceText];

    public string InsertNames(int count)
    {
        var sql = new StringBuilder("INSERT INTO names_search (name, spelling, entity_id, alias, recorded_at) VALUES ");
        for (var i = 0; i < count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@name{i}, @spelling{i}, @entity{i}, @alias{i}, @recorded)");
        }

        return sql.ToString();
    }

    public async Task<SearchMark> MarkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(MarkSql, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SearchMark
        {
            Facts = reader.GetInt64(reader.GetOrdinal("facts")),
            Stances = reader.GetInt64(reader.GetOrdinal("stances")),
            Sources = reader.GetInt64(reader.GetOrdinal("sources")),
        };
    }

    public async Task<SearchMark> IndexSinceAsync(DbConnection connection, DbTransaction transaction, SearchMark mark, CancellationToken cancellationToken)
    {
        await using (var command = connection.Command(IndexSinceSql, transaction)
            .With("@facts", mark.Facts).With("@stances", mark.Stances).With("@sources", mark.Sources))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await MarkAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

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

    public async Task<IReadOnlyList<NameRow>> NamesLikeAsync(
        DbConnection connection, IReadOnlyList<string> spellings, string known, int limit, CancellationToken cancellationToken)
    {
        var wanted = spellings.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        // Any shared trigram gathers a name (as SQLite's trigram index does); the most similar come first.
        var match = string.Join(" OR ", wanted.Select((_, i) => $"n.name % @s{i} OR n.spelling % @s{i}"));
        var order = string.Join(", ", wanted.Select((_, i) => $"similarity(n.name, @s{i}), similarity(n.spelling, @s{i})"));
        await using var command = connection.Command(
            $"""
            SELECT set_config('pg_trgm.similarity_threshold', '0.1', false);
            SELECT n.entity_id, n.alias, n.name, n.spelling FROM names_search n
            WHERE n.recorded_at <= @known AND ({match})
            ORDER BY GREATEST({order}) DESC, n.entity_id, n.alias LIMIT @limit
            """)
            .With("@known", known).With("@limit", limit);
        for (var i = 0; i < wanted.Count; i++)
        {
            command.With($"@s{i}", wanted[i]);
        }

        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        var names = new List<NameRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(new NameRow { EntityId = row.String("entity_id"), Alias = row.String("alias"), Name = row.String("name"), Spelling = row.String("spelling") });
        }

        return names;
    }

    private static SearchScope Scope(SearchHitKind kind) => kind switch
    {
        SearchHitKind.Statement => SearchScope.Statements,
        SearchHitKind.Quote => SearchScope.Quotes,
        _ => SearchScope.SourceTexts,
    };

    private static DbCommand Command(DbConnection connection, SearchHitKind kind, SearchRequest request)
    {
        var command = connection.Command("").With("@known", request.Known);
        // A phrase asked twice finds nothing more, and each costs a query term.
        var phrases = new List<string>();
        foreach (var (phrase, i) in request.Phrases.Distinct(StringComparer.Ordinal).Select((p, i) => (p, i)))
        {
            phrases.Add($"phraseto_tsquery('fs_search', @phrase{i})");
            command.With($"@phrase{i}", phrase);
        }

        var all = string.Join(" && ", phrases);
        var (seq, select, vector, text, from) = Shape(kind);
        var score = kind == SearchHitKind.SourceText
            ? $"(SELECT MAX(ts_rank(x.text, {all})) FROM sources_search x WHERE x.seq = s.seq)"
            : $"ts_rank({vector}, {all})";
        var where = new List<string>(request.Conditions(kind));
        // A long text is indexed in parts: its phrases are found when one part holds them all.
        where.Add(kind == SearchHitKind.SourceText
            ? $"EXISTS (SELECT 1 FROM sources_search x WHERE x.seq = s.seq AND x.text @@ ({all}))"
            : $"{vector} @@ ({all})");
        if (request.After is { } after)
        {
            where.Add(kind < after.Kind ? $"{score} < @afterScore"
                : kind > after.Kind ? $"{score} <= @afterScore"
                : $"({score} < @afterScore OR ({score} = @afterScore AND {seq} > @afterSeq))");
            command.With("@afterScore", after.Score).With("@afterSeq", after.Seq);
        }

        command.CommandText = $"""
            SELECT {select}, CAST({score} AS double precision) AS score,
                ts_headline('fs_search', {text}, {all}, @options) AS snippet
            FROM {from}
            WHERE {string.Join(" AND ", where)}
            ORDER BY score DESC, {seq} LIMIT @limit
            """;
        return command
            .With("@options", $"StartSel=\"{request.MatchStart}\", StopSel=\"{request.MatchEnd}\", MaxWords={SnippetWords}, MinWords={SnippetWords / 2}, MaxFragments=1, FragmentDelimiter=\"{request.Cut}\"")
            .With("@limit", request.Limit);
    }

    private static (string Seq, string Select, string Vector, string Text, string From) Shape(SearchHitKind kind) => kind switch
    {
        SearchHitKind.Statement => ("f.seq",
            "f.seq, f.id AS record_id, f.id AS fact_id, NULL AS source_id, NULL AS text, NULL::integer AS text_start",
            "x.statement", "f.statement", "facts_search x JOIN facts f ON f.seq = x.seq"),
        SearchHitKind.Quote => ("st.seq",
            "st.seq, st.id AS record_id, st.fact_id, st.source_id, st.quote AS text, "
            + "CAST(CASE WHEN st.anchor <> 'unverified' AND s.content_hash IS NOT NULL THEN st.quote_start END AS integer) AS text_start",
            "x.quote", "st.quote", "stances_search x JOIN stances st ON st.seq = x.seq JOIN sources s ON s.id = st.source_id"),
        _ => ("s.seq", "s.seq, s.id AS record_id, NULL AS fact_id, s.id AS source_id, s.text AS text, 0 AS text_start",
            "", "s.text", "sources s"),
    };
}
