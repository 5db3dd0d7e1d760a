namespace FactStore;

/// <summary>
/// The reads of a store reached through <see cref="GetStoreAsync"/>, each answering as known at <see cref="KnownAt"/>:
/// the one implementation behind <see cref="IFactStoreReader.AsKnownAt"/> and the store <c>AddFactStore</c> registers.
/// </summary>
internal abstract class StoreReader(DateTimeOffset? knownAt) : IFactStoreReader
{
    /// <inheritdoc/>
    public DateTimeOffset? KnownAt { get; } = knownAt;

    /// <summary>The open store.</summary>
    /// <param name="cancellationToken">Cancels the wait for it.</param>
    /// <returns>The store.</returns>
    public abstract Task<FactStoreDatabase> GetStoreAsync(CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public IFactStoreReader AsKnownAt(DateTimeOffset moment) => new KnownAtReader(GetStoreAsync, moment);

    /// <inheritdoc/>
    public async Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetSourceAsync(id, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetEntityAsync(id, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetFactAsync(id, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Stance?> GetStanceAsync(string id, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetStanceAsync(id, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetSourcesAsync(KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Source>> FindSourcesAsync(ExternalId locator, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).FindSourcesAsync(locator, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity>> FindEntitiesAsync(string name, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).FindEntitiesAsync(name, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Page<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).FindFactsAsync(query, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Fact?> GetLatestVersionAsync(string id, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetLatestVersionAsync(id, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<FactEvidence?> GetEvidenceAsync(string factId, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetEvidenceAsync(factId, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FactEvidence>> GetEvidenceAsync(IEnumerable<string> factIds, EvidenceOptions? options = null, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetEvidenceAsync(factIds, options, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Page<Change>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).GetChangesAsync(query, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).SearchAsync(query, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<NameResolution> ResolveNameAsync(string name, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ResolveNameAsync(name, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Page<StanceEvidence>> FindStancesAsync(StanceQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).FindStancesAsync(query, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Page<EntitySummary>> ListEntitiesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ListEntitiesAsync(query, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Page<PredicateSummary>> ListPredicatesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ListPredicatesAsync(query, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<Page<SourceSummary>> ListSourcesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ListSourcesAsync(query, KnownAt, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<QueryResult> QueryAsync(string providerName, QueryRequest request, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).QueryAsync(providerName, request, this, cancellationToken).ConfigureAwait(false);
}
