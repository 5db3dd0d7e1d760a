namespace FactStore;

/// <summary>What <see cref="IFactStoreReader.AsKnownAt"/> returns: the store's reads, each as known at one moment.</summary>
internal sealed class KnownAtReader(Func<CancellationToken, Task<FactStoreDatabase>> store, DateTimeOffset moment) : StoreReader(moment)
{
    /// <inheritdoc/>
    public override Task<FactStoreDatabase> GetStoreAsync(CancellationToken cancellationToken = default) => store(cancellationToken);
}
