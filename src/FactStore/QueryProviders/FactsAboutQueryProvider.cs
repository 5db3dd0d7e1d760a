namespace FactStore.QueryProviders;

/// <summary>
/// <c>about</c>: every current fact whose subject or object is an entity, found by any of its names.
/// Required parameter <c>entity</c>: a label, alias or id, e.g. <c>Tokaev</c>.
/// </summary>
public sealed class FactsAboutQueryProvider : IFactQueryProvider
{
    /// <inheritdoc/>
    public string Name => "about";

    /// <inheritdoc/>
    public async Task<QueryResult> ExecuteAsync(QueryRequest request, IFactStoreReader store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        if (!request.Parameters.TryGetValue("entity", out var entity) || string.IsNullOrWhiteSpace(entity))
        {
            throw new ArgumentException("The 'about' query needs the parameter 'entity': a name, alias or id.", nameof(request));
        }

        var query = new FactQuery { ValidAt = request.ValidAt };
        var asSubject = await store.FindFactsAsync(query with { Subject = entity }, cancellationToken).ConfigureAwait(false);
        var asObject = await store.FindFactsAsync(query with { Object = entity }, cancellationToken).ConfigureAwait(false);
        return await QueryEvidence.ForAsync(asSubject.Concat(asObject), store, cancellationToken).ConfigureAwait(false);
    }
}
