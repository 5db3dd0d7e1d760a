using System.Data.Common;

namespace FactStore.Engines;

/// <summary>
/// An engine's full-text and name search, on its own indexes (SQLite: FTS5; PostgreSQL: tsvector and pg_trgm). What to
/// find and how to rank names is decided by the store, in portable code; the engine finds candidates.
/// </summary>
/// <remarks>
/// Implementations are thread-safe. User text reaches the engine only inside a request, and must reach the database only
/// as parameters. Rows are append-only and <c>seq</c> grows with each row, so an index can be brought up to date from a
/// <see cref="SearchMark"/>.
/// </remarks>
public interface IStoreSearch
{
    /// <summary>
    /// The statement that indexes <paramref name="count"/> new labels or aliases at once: for each i from 0,
    /// <c>@entity</c>i, <c>@alias</c>i (as recorded), <c>@name</c>i (folded) and <c>@spelling</c>i (its transliteration
    /// key); <c>@recorded</c> for all of them.
    /// </summary>
    /// <param name="count">How many names, at least 1.</param>
    /// <returns>One INSERT statement.</returns>
    string InsertNames(int count);

    /// <summary>Where the indexes of statements, quotes and source texts end, read in the run's transaction before it writes.</summary>
    /// <param name="connection">The writing connection.</param>
    /// <param name="transaction">The run's transaction.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The mark.</returns>
    Task<SearchMark> MarkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Indexes the statements, quotes and source texts written since <paramref name="mark"/>.</summary>
    /// <param name="connection">The writing connection.</param>
    /// <param name="transaction">The run's transaction.</param>
    /// <param name="mark">Where the indexes ended before.</param>
    /// <param name="cancellationToken">Cancels the indexing.</param>
    /// <returns>Where the indexes now end.</returns>
    Task<SearchMark> IndexSinceAsync(DbConnection connection, DbTransaction transaction, SearchMark mark, CancellationToken cancellationToken);

    /// <summary>
    /// The hits of each kind the request's scope names, at most <see cref="SearchRequest.Limit"/> of each, each kind best
    /// first, then by seq.
    /// </summary>
    /// <param name="connection">A reading connection, in a snapshot.</param>
    /// <param name="request">What to find.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The hits.</returns>
    Task<IReadOnlyList<SearchRow>> SearchAsync(DbConnection connection, SearchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Labels and aliases recorded by <paramref name="known"/> that share the most letter sequences with any of
    /// <paramref name="spellings"/> (the name folded, and its transliteration key), at most <paramref name="limit"/>.
    /// </summary>
    /// <param name="connection">A reading connection.</param>
    /// <param name="spellings">The spellings to match.</param>
    /// <param name="known">The "as known at" stamp.</param>
    /// <param name="limit">The most names to return.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The names, the likeliest first.</returns>
    Task<IReadOnlyList<NameRow>> NamesLikeAsync(DbConnection connection, IReadOnlyList<string> spellings, string known, int limit, CancellationToken cancellationToken);
}
