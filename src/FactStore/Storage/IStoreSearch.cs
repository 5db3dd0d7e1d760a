using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// The engine's full-text and name search (<see cref="IStoreDialect.Search"/>): SQLite uses FTS5; another engine its
/// own indexes. What to find and how to rank names is decided outside, in portable code (the FactStore.Searching namespace).
/// </summary>
internal interface IStoreSearch
{
    /// <summary>
    /// The statement that indexes <paramref name="count"/> new labels or aliases at once: for each i from 0,
    /// <c>@entity</c>i, <c>@alias</c>i (as recorded), <c>@name</c>i (folded) and <c>@spelling</c>i (its transliteration
    /// key); <c>@recorded</c> for all of them.
    /// </summary>
    string InsertNames(int count);

    /// <summary>Where the indexes of statements, quotes and source texts end, read in the run's transaction before it writes.</summary>
    Task<SearchMark> MarkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Indexes the statements, quotes and source texts written since <paramref name="mark"/>; returns where the indexes now end.</summary>
    Task<SearchMark> IndexSinceAsync(DbConnection connection, DbTransaction transaction, SearchMark mark, CancellationToken cancellationToken);

    /// <summary>
    /// The hits of each kind the request's scope names, at most <see cref="SearchRequest.Limit"/> of each, each kind
    /// best first; user text reaches the engine only as parameters of a query this method builds.
    /// </summary>
    Task<IReadOnlyList<SearchRow>> SearchAsync(DbConnection connection, SearchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Labels and aliases recorded by <paramref name="known"/> that share the most letter sequences with any of
    /// <paramref name="spellings"/> (the name folded, and its transliteration key), at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<NameRow>> NamesLikeAsync(DbConnection connection, IReadOnlyList<string> spellings, string known, int limit, CancellationToken cancellationToken);
}
