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
    private const string Term = "(@idf::float8[])[o.j] * ((c.f[o.k] * @k1plus1) / (c.f[o.k] + @k1 * (@oneminusb + @b * c.d / @avgdl)))";

    public static DbCommand Command(DbConnection connection, SearchTable table, SearchRequest request, SearchPhrases phrases, SearchStatistics statistics)
    {
        var where = new List<string>(request.Conditions(table.Kind));
        var command = phrases.Bind(connection.Command("")).With("@known", request.Known);
        if (request.After is { } after)
        {
            // Hits come by score, then kind, then row: after the cursor's hit are the lower scores, and on its score
            // the later kinds, and on its kind the later rows.
            where.Add(table.Kind < after.Kind ? "h.score < @afterScore"
                : table.Kind > after.Kind ? "h.score <= @afterScore"
                : "(h.score < @afterScore OR (h.score = @afterScore AND h.seq > @afterSeq))");
            command.With("@afterScore", after.Score).With("@afterSeq", after.Seq);
        }

        command.CommandText = $"""
            WITH phrases AS (
                SELECT p.q, string_to_array(p.lexemes, ' ') AS lexemes, p.i
                FROM unnest(@queries::tsquery[], @lexemes::text[]) WITH ORDINALITY AS p (q, lexemes, i)),
            candidates AS (SELECT DISTINCT x.seq FROM {table.Index} x WHERE x.words @@ @rarest),
            frequencies AS (
                SELECT m.seq, p.i, SUM(CASE WHEN y.words @@ p.q THEN search_phrase_count(y.words, p.lexemes, y.lead) ELSE 0 END) AS f,
                    SUM(y.tokens) AS d
                FROM candidates m JOIN {table.Index} y ON y.seq = m.seq CROSS JOIN phrases p
                GROUP BY m.seq, p.i),
            counted AS (
                SELECT seq, array_agg(f::float8 ORDER BY i) AS f, MAX(d)::float8 AS d
                FROM frequencies GROUP BY seq HAVING MIN(f) > 0),
            scored AS (
                SELECT c.seq, (SELECT SUM({Term} ORDER BY o.j) FROM unnest(@order::integer[]) WITH ORDINALITY AS o (k, j)) AS score
                FROM counted c),
            page AS (
                SELECT h.seq, h.score FROM {table.From} JOIN scored h ON h.seq = {table.Seq}
                WHERE {string.Join(" AND ", where.DefaultIfEmpty("TRUE"))}
                ORDER BY h.score DESC, h.seq LIMIT @limit)
            SELECT {table.Select}, page.score, {table.Text} AS text
            FROM {table.From} JOIN page ON page.seq = {table.Seq}
            ORDER BY page.score DESC, page.seq
            """;
        return command.With("@rarest", phrases.Query(statistics.Rarest)).With("@idf", statistics.Idf)
            .With("@k1", Fts5Bm25.K1).With("@k1plus1", Fts5Bm25.K1 + 1.0).With("@b", Fts5Bm25.B).With("@oneminusb", 1 - Fts5Bm25.B)
            .With("@avgdl", statistics.AverageLength).With("@limit", request.Limit);
    }
}
