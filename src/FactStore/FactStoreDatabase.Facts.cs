using FactStore.Storage;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    /// <inheritdoc/>
    public Task<Page<Fact>> FindFactsAsync(FactQuery query, CancellationToken cancellationToken = default) => FindFactsAsync(query, null, cancellationToken);

    /// <summary>As the store knew it at <paramref name="knownAt"/>, or now when it is <see langword="null"/>.</summary>
    internal async Task<Page<Fact>> FindFactsAsync(FactQuery query, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var known = await RecordHorizon.OfAsync(_engine, connection, knownAt, cancellationToken).ConfigureAwait(false);
        await using var snapshot = await ReadSnapshot.BeginAsync(connection, _engine, cancellationToken).ConfigureAwait(false);
        var anyDeprecated = query.Ranks != RankFilter.All
            && await connection.Command(Sql.AnyDeprecatedStance).ScalarDisposingAsync(cancellationToken).ConfigureAwait(false) is not null;
        var rows = await RecordSetReader.ListAsync(
            FactFilter.Build(connection, query, anyDeprecated, known),
            r => (Fact: RecordReader.Fact(r), Cursor: FactFilter.Cursor(query, r)),
            cancellationToken).ConfigureAwait(false);
        return PageCursor.Page(rows, query.Limit, r => r.Fact, r => r.Cursor);
    }
}
