namespace FactStore.QueryProviders;

/// <summary>Turns found facts into a <see cref="QueryResult"/> with their evidence, as known at the request's moment.</summary>
internal static class QueryEvidence
{
    public static async Task<QueryResult> ForAsync(IEnumerable<Fact> facts, QueryRequest request, IFactStoreReader store, CancellationToken cancellationToken)
    {
        var evidence = new List<FactEvidence>();
        foreach (var fact in facts.DistinctBy(f => f.Id))
        {
            if (await store.GetEvidenceAsync(fact.Id, request.KnownAt, cancellationToken).ConfigureAwait(false) is { } found)
            {
                evidence.Add(found);
            }
        }

        return new QueryResult { Facts = evidence };
    }
}
