using FactStore.Storage;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    /// <inheritdoc/>
    public Task<Page<StanceEvidence>> FindStancesAsync(StanceQuery query, CancellationToken cancellationToken = default) => FindStancesAsync(query, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal Task<Page<StanceEvidence>> FindStancesAsync(StanceQuery query, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(knownAt, async reads =>
        {
            // One statement for the stances, then one for their facts, two for their sources, four for their holders.
            var rows = await RecordSetReader.ListAsync(
                StanceFilter.Build(reads.Command(""), query),
                r => (Stance: RecordReader.Stance(r), Cursor: StanceFilter.Cursor(r, query.Order)),
                cancellationToken).ConfigureAwait(false);
            var page = PageCursor.Page(rows, query.Limit, r => r.Stance, r => r.Cursor);
            var facts = await reads.FactsAsync(page.Select(s => s.FactId).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
            var sources = await reads.SourcesAsync(page.Select(s => s.SourceId), query.IncludeSourceText, cancellationToken).ConfigureAwait(false);
            var holders = await reads.EntitiesAsync(page.Select(s => s.HolderId).OfType<string>().ToHashSet(StringComparer.Ordinal), cancellationToken)
                .ConfigureAwait(false);
            var evidence = page.Select(s => new StanceEvidence
            {
                Stance = s,
                Fact = facts[s.FactId],
                Source = sources[s.SourceId],
                Holder = s.HolderId is string holder ? holders.GetValueOrDefault(holder) : null,
            }).ToList();
            return new Page<StanceEvidence>(evidence, page.NextCursor);
        }, cancellationToken);
    }
}
