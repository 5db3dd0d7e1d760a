using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// The engine's full-text and name search (<see cref="IStoreDialect.Search"/>): SQLite uses FTS5; another engine its
/// own indexes. What to find and how to rank names is decided outside, in portable code (the FactStore.Searching namespace).
/// </summary>
internal interface IStoreSearch
{
    /// <summary>
    /// The statement the writer runs for each new label or alias, with <c>@entity</c>, <c>@alias</c> (as recorded),
    /// <c>@name</c> (folded), <c>@spelling</c> (its transliteration key) and <c>@recorded</c>.
    /// </summary>
    string InsertName { get; }

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
