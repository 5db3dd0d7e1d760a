namespace FactStore.Searching.Fts5;

/// <summary>
/// The statistics of FTS5's bm25() (fts5Bm25GetData in fts5_aux.c) computed as SQLite computes them, so that an engine
/// ranking by the same formula gets the same doubles: per row, score = the sum over the query's phrases, in order, of
/// idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * D / avgdl))), f the phrase's instances in the row, D its tokens.
/// </summary>
internal static class Fts5Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>The tokens per row over the whole index (erased rows included, as FTS5 counts them).</summary>
    public static double AverageLength(long tokens, long rows) => (double)tokens / (double)rows;

    /// <summary>A phrase's inverse document frequency: never below 1e-6, the floor FTS5 puts on common phrases.</summary>
    /// <param name="rows">The rows in the index.</param>
    /// <param name="hits">The rows holding the phrase.</param>
    public static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }
}
