namespace FactStore.QueryProviders;

/// <summary>Turns found facts into a <see cref="QueryResult"/> with their evidence, as the reader knows them.</summary>
internal static class QueryEvidence
{
    /// <summary>Reads the evidence of all the facts in one batch; sources keep their texts, as the single-fact read gives them.</summary>
    public static async Task<QueryResult> ForAsync(IEnumerable<Fact> facts, IFactStoreReader store, CancellationToken cancellationToken) =>
        new()
        {
            Facts = await store.GetEvidenceAsync(
                facts.Select(f => f.Id), new EvidenceOptions { IncludeSourceText = true }, cancellationToken).ConfigureAwait(false),
        };
}
