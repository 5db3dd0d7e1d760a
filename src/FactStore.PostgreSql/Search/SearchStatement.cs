using System.Data.Common;
using FactStore.Engines;
using FactStore.Searching.Fts5;
using FactStore.Storage;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// The SQL of one index's page of hits. Candidates are the rows holding the rarest phrase; for each, each distinct
/// phrase's instances f and the row's tokens D are summed over its parts, and rows missing a phrase dropped. The score
/// is FTS5's BM25 as fts5Bm25Function evaluates it: for each phrase of the query in order, the same float8 operations in
/// the same order, summed in that order (so the same double as SQLite's). Then the store's conditions, the cursor, the
/// order and the limit; the texts are read for the page's rows only.
/// </summary>
internal static class SearchStatement
{
    /// <summary>
    /// A phrase's instances in a part (<c>y</c>), as FTS5 counts them: its first lexeme's positions where each next
    /// lexeme follows, those ending after the part's lead (the others are counted in the part before); for a phrase of
    /// one word, simply its positions after the lead. <c>v.words</c> is the part cut down to the phrase's lexemes.
    /// </summary>
    private const string Instances = """
        CASE WHEN cardinality(p.lexemes) = 1
        THEN (SELECT COUNT(*) FROM unnest(v.words) AS u, unnest(u.positions) AS s (at) WHERE s.at > y.lead)
        ELSE (SELECT COUNT(*) FROM unnest(v.words) AS u, unnest(u.positions) AS s (at)
            WHERE u.lexeme = p.lexemes[1] AND s.at + cardinality(p.lexemes) - 1 > y.lead AND NOT EXISTS (
                SELECT 1 FROM generate_series(2, cardinality(p.lexemes)) AS i WHERE NOT EXISTS (
                    SELECT 1 FROM unnest(v.words) AS n WHERE n.lexeme = p.lexemes[i] AND s.at + i - 1 = ANY (n.positions))))
        END
        """;

    /// <summary>The part cut down to the phrase's lexemes: setweight and ts_filter run in C, in one pass over it.</summary>
    private const string PhraseLexemes = "ts_filter(setweight(y.words, 'A', p.lexemes), '{a}')";

    private const string Term = "(@idf::float8[])[o.j] * ((c.f[o.k] * @k1plus1) / (c.f[o.k] + @k1 * (@oneminusb + @b * c.d / @avgdl)))";

    public static DbCommand Command(DbConnection connection, SearchTable table, SearchRequest request, SearchPhrases phrases, SearchStatistics statistics)
    {
        var conditions = request.Conditions(table.Kind).ToList();
        var command = phrases.Bind(connection.Command("")).With("@known", request.Known);
        var cursor = "TRUE";
        if (request.After is { } after)
        {
            // Hits come by score, then kind, then row: after the cursor's hit are the lower scores, and on its score
            // the later kinds, and on its kind the later rows.
            cursor = table.Kind < after.Kind ? "h.score < @afterScore"
                : table.Kind > after.Kind ? "h.score <= @afterScore"
                : "(h.score < @afterScore OR (h.score = @afterScore AND h.seq > @afterSeq))";
            command.With("@afterScore", after.Score).With("@afterSeq", after.Seq);
        }

        // Each join by seq is a lookup of one row (a LIMIT or OFFSET keeps the planner from making it a join: planned
        // by estimates, a fresh index without statistics had PostgreSQL compare every hit with every record), and the
        // store's conditions are read for the best hits only, until the page is full.
        command.CommandText = $"""
            WITH phrases AS (
                SELECT p.q, string_to_array(p.lexemes, ' ') AS lexemes, p.i
                FROM unnest(@queries::tsquery[], @lexemes::text[]) WITH ORDINALITY AS p (q, lexemes, i)),
            candidates AS (SELECT DISTINCT x.seq FROM {table.Index} x WHERE x.words @@ @rarest),
            frequencies AS (
                SELECT m.seq, p.i, SUM({Instances}) AS f, SUM(y.tokens) AS d
                FROM candidates m
                    CROSS JOIN LATERAL (SELECT x.words, x.lead, x.tokens FROM {table.Index} x WHERE x.seq = m.seq OFFSET 0) y
                    CROSS JOIN phrases p
                    CROSS JOIN LATERAL (SELECT {PhraseLexemes} AS words) v
                GROUP BY m.seq, p.i),
            counted AS (
                SELECT seq, array_agg(f::float8 ORDER BY i) AS f, MAX(d)::float8 AS d
                FROM frequencies GROUP BY seq HAVING MIN(f) > 0),
            scored AS (
                SELECT c.seq, (SELECT SUM({Term} ORDER BY o.j) FROM unnest(@order::integer[]) WITH ORDINALITY AS o (k, j)) AS score
                FROM counted c),
            ranked AS (SELECT h.seq, h.score FROM scored h WHERE {cursor} ORDER BY h.score DESC, h.seq OFFSET 0),
            page AS (
                SELECT r.seq, r.score FROM ranked r
                WHERE EXISTS (SELECT 1 FROM {table.From} WHERE {table.Seq} = r.seq AND {string.Join(" AND ", conditions.DefaultIfEmpty("TRUE"))} OFFSET 0)
                ORDER BY r.score DESC, r.seq LIMIT @limit)
            SELECT hit.*, page.score
            FROM page CROSS JOIN LATERAL (SELECT {table.Select}, {table.Text} AS text FROM {table.From} WHERE {table.Seq} = page.seq LIMIT 1) AS hit
            ORDER BY page.score DESC, page.seq
            """;
        return command.With("@rarest", phrases.Query(statistics.Rarest)).With("@idf", statistics.Idf)
            .With("@k1", Fts5Bm25.K1).With("@k1plus1", Fts5Bm25.K1 + 1.0).With("@b", Fts5Bm25.B).With("@oneminusb", 1 - Fts5Bm25.B)
            .With("@avgdl", statistics.AverageLength).With("@limit", request.Limit);
    }
}
