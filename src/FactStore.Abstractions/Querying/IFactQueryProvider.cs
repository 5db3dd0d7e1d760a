namespace FactStore;

/// <summary>A named query a host adds to the store, e.g. "contested facts about X".</summary>
/// <remarks>
/// <para>A provider only reads, through the <see cref="IFactStoreReader"/> it is given; it keeps no state between calls
/// and must be safe to call concurrently.</para>
/// <para>Errors: throw <see cref="ArgumentException"/> for a missing or bad parameter, naming it; the store passes
/// exceptions to the caller unchanged.</para>
/// </remarks>
public interface IFactQueryProvider
{
    /// <summary>The name the query is run by, e.g. <c>contested</c>.</summary>
    string Name { get; }

    /// <summary>Runs the query.</summary>
    /// <param name="request">The parameters.</param>
    /// <param name="store">The store to read.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The facts that answer it, with their evidence.</returns>
    Task<QueryResult> ExecuteAsync(QueryRequest request, IFactStoreReader store, CancellationToken cancellationToken);
}
