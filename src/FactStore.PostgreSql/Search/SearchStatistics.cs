using System.Data.Common;
using FactStore.Searching.Fts5;
using FactStore.Storage;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// What BM25 needs of the whole index, as fts5Bm25GetData computes it: the average row length from the index's totals,
/// and each phrase's IDF from the rows holding it. Computed here (Math.Log, as SQLite's log) and bound as float8.
/// </summary>
/// <param name="AverageLength">avgdl.</param>
/// <param name="Idf">Each phrase's IDF, in the query's order.</param>
/// <param name="Rarest">The distinct phrase in the fewest rows (from 0): the rows holding it are the candidates.</param>
internal sealed record SearchStatistics(double AverageLength, double[] Idf, int Rarest)
{
    /// <summary>The statistics, or null when some phrase is in no row (nothing can match them all).</summary>
    public static async Task<SearchStatistics?> ReadAsync(DbConnection connection, SearchTable table, SearchPhrases phrases, CancellationToken cancellationToken)
    {
        await using var command = phrases.Bind(connection.Command($"""
            SELECT t.row_count, t.token_count, (SELECT COUNT(DISTINCT x.seq) FROM {table.Index} x WHERE x.words @@ p.q) AS hits
            FROM search_totals t CROSS JOIN unnest(@queries::tsquery[]) WITH ORDINALITY AS p (q, i)
            WHERE t.kind = @kind ORDER BY p.i
            """)).With("@kind", table.Index);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        long rows = 0, tokens = 0;
        var hits = new List<long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            (rows, tokens) = (reader.GetInt64(0), reader.GetInt64(1));
            hits.Add(reader.GetInt64(2));
        }

        if (hits.Contains(0))
        {
            return null;
        }

        var idf = phrases.Order.Select(number => Fts5Bm25.Idf(rows, hits[number - 1])).ToArray();
        return new SearchStatistics(Fts5Bm25.AverageLength(tokens, rows), idf, hits.IndexOf(hits.Min()));
    }
}
