using FactStore.Integrity;

namespace FactStore;

/// <summary>The upkeep <c>AddFactStore</c> registers: each call awaits the store's one lazy open, then runs.</summary>
internal sealed class LazyStoreMaintenance(LazyFactStore store) : IFactStoreMaintenance
{
    public async Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken = default) =>
        await (await store.GetStoreAsync(cancellationToken).ConfigureAwait(false)).Maintenance.VerifyAsync(cancellationToken).ConfigureAwait(false);

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        await (await store.GetStoreAsync(cancellationToken).ConfigureAwait(false)).Maintenance.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
}
