namespace FactStore;

/// <summary>The reads added with knownAt, stances, discovery lists and batch evidence, forwarded to the open store.</summary>
internal sealed partial class LazyFactStore
{
    public async Task<Source?> GetSourceAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetSourceAsync(id, knownAt, cancellationToken).ConfigureAwait(false);

    public async Task<Entity?> GetEntityAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetEntityAsync(id, knownAt, cancellationToken).ConfigureAwait(false);

    public async Task<Fact?> GetFactAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetFactAsync(id, knownAt, cancellationToken).ConfigureAwait(false);

    public async Task<Stance?> GetStanceAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetStanceAsync(id, knownAt, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Entity>> FindEntitiesAsync(string name, DateTimeOffset? knownAt, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).FindEntitiesAsync(name, knownAt, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Source>> FindSourcesAsync(ExternalId locator, DateTimeOffset? knownAt, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).FindSourcesAsync(locator, knownAt, cancellationToken).ConfigureAwait(false);

    public async Task<Page<StanceEvidence>> FindStancesAsync(StanceQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).FindStancesAsync(query, cancellationToken).ConfigureAwait(false);

    public async Task<Page<EntitySummary>> ListEntitiesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ListEntitiesAsync(query, cancellationToken).ConfigureAwait(false);

    public async Task<Page<PredicateSummary>> ListPredicatesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ListPredicatesAsync(query, cancellationToken).ConfigureAwait(false);

    public async Task<Page<SourceSummary>> ListSourcesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ListSourcesAsync(query, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<FactEvidence>> GetEvidenceAsync(IEnumerable<string> factIds, EvidenceOptions? options = null, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetEvidenceAsync(factIds, options, cancellationToken).ConfigureAwait(false);
}
