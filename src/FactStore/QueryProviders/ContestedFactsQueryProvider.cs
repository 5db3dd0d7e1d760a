namespace FactStore.QueryProviders;

/// <summary>
/// <c>contested</c>: the facts some source supports and another refutes, with who says what.
/// Optional parameter <c>subject</c> (an entity name or id) narrows it to facts about one entity.
/// </summary>
public sealed class ContestedFactsQueryProvider : IFactQueryProvider
{
    /// <inheritdoc/>
    public string Name => "contested";

    /// <inheritdoc/>
    public async Task<QueryResult> ExecuteAsync(QueryRequest request, IFactStoreReader store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        var facts = await store.FindFactsAsync(
            new FactQuery
            {
                Subject = request.Parameters.GetValueOrDefault("subject"),
                OnlyContested = true,
                ValidAt = request.ValidAt,
            },
            cancellationToken).ConfigureAwait(false);
        return await QueryEvidence.ForAsync(facts, store, cancellationToken).ConfigureAwait(false);
    }
}
