using FactStore.Storage;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    /// <inheritdoc/>
    public Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default) => GetSourceAsync(id, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Source?> GetSourceAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync(knownAt, async reads =>
            (await reads.SourcesAsync(" AND s.id = @id", c => c.With("@id", id), includeText: true, cancellationToken).ConfigureAwait(false)).FirstOrDefault(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default) => GetSourcesAsync(null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<IReadOnlyList<Source>> GetSourcesAsync(DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        await ReadAsync(knownAt, reads => reads.SourcesAsync("", _ => { }, includeText: true, cancellationToken), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Source>> FindSourcesAsync(ExternalId locator, CancellationToken cancellationToken = default) =>
        FindSourcesAsync(locator, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<IReadOnlyList<Source>> FindSourcesAsync(ExternalId locator, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        if (!locator.IsValid)
        {
            throw new ArgumentException("default(ExternalId) is no locator.", nameof(locator));
        }

        return await ReadAsync(
            knownAt,
            reads => reads.SourcesAsync(Sql.SourcesByLocator, c => c.With("@scheme", locator.Scheme).With("@locator", locator.Value), includeText: true, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) => GetEntityAsync(id, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Entity?> GetEntityAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync(knownAt, async reads =>
            (await reads.EntitiesAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string name, CancellationToken cancellationToken = default) =>
        FindEntitiesAsync(name, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<IReadOnlyList<Entity>> FindEntitiesAsync(string name, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ReadAsync(knownAt, async reads =>
        {
            var command = EntityLookup.Bind(reads.Command(Sql.EntitiesByName), "@", name);
            var ids = (await RecordSetReader.ListAsync(command, r => r.String("id"), cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var entities = await reads.EntitiesAsync(ids, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<Entity>)entities.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value).ToList();
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default) => GetFactAsync(id, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Fact?> GetFactAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync(knownAt, async reads =>
            (await reads.FactsAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Stance?> GetStanceAsync(string id, CancellationToken cancellationToken = default) => GetStanceAsync(id, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Stance?> GetStanceAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync(knownAt, async reads =>
            (await RecordSetReader.ListAsync(
                reads.Command(Sql.SelectStance + " WHERE st.id = @id AND st.recorded_at <= @known").With("@id", id), RecordReader.Stance, cancellationToken)
            .ConfigureAwait(false)).FirstOrDefault(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Fact?> GetLatestVersionAsync(string id, CancellationToken cancellationToken = default) => GetLatestVersionAsync(id, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<Fact?> GetLatestVersionAsync(string id, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return await ReadAsync(knownAt, async reads =>
        {
            var latest = id;
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            while (true)
            {
                await using var next = reads.Command(Sql.NextVersion).With("@id", latest);
                if (await next.ScalarAsync(cancellationToken).ConfigureAwait(false) is not string newer || !seen.Add(newer))
                {
                    break;
                }

                latest = newer;
            }

            return (await reads.FactsAsync([latest], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(latest);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<FactEvidence?> GetEvidenceAsync(string factId, CancellationToken cancellationToken = default) => GetEvidenceAsync(factId, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<FactEvidence?> GetEvidenceAsync(string factId, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factId);
        var evidence = await GetEvidenceAsync([factId], new EvidenceOptions { IncludeSourceText = true }, knownAt, cancellationToken).ConfigureAwait(false);
        return evidence.Count > 0 ? evidence[0] : null;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<FactEvidence>> GetEvidenceAsync(IEnumerable<string> factIds, EvidenceOptions? options = null, CancellationToken cancellationToken = default) =>
        GetEvidenceAsync(factIds, options, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<IReadOnlyList<FactEvidence>> GetEvidenceAsync(IEnumerable<string> factIds, EvidenceOptions? options, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factIds);
        var ids = factIds.ToList();
        if (ids.Contains(null!))
        {
            throw new ArgumentException("The fact ids hold a null.", nameof(factIds));
        }

        options ??= new EvidenceOptions();
        return await ReadAsync(
            knownAt,
            reads => new EvidenceReads(reads, options.IncludeSourceText).EvidenceAsync(ids, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs reads on one connection in one snapshot, as known at <paramref name="knownAt"/>.</summary>
    private async Task<T> ReadAsync<T>(DateTimeOffset? knownAt, Func<RecordSetReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var known = await RecordHorizon.OfAsync(_engine, connection, knownAt, cancellationToken).ConfigureAwait(false);
        await using var snapshot = await ReadSnapshot.BeginAsync(connection, _engine, cancellationToken).ConfigureAwait(false);
        return await read(new RecordSetReader(connection, _engine, known)).ConfigureAwait(false);
    }
}
