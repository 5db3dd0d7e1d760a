using FactStore.Integrity;

namespace FactStore;

/// <summary>
/// The store's upkeep: <see cref="VerifyAsync"/> checks everything it holds, <see cref="GetStatisticsAsync"/> counts it.
/// Reached as <see cref="FactStoreDatabase.Maintenance"/>, or injected where <c>AddFactStore</c> registered the store.
/// </summary>
/// <remarks>Thread-safe; both read one snapshot and write nothing.</remarks>
public interface IFactStoreMaintenance
{
    /// <summary>
    /// Checks the whole store for changes made outside FactStore (docs/reliability.md): every row against the hash of all
    /// its columns, every source text and quote against its own hash, every import run against the digest of its rows
    /// and its link in the hash chain of runs, every run's counts, every citation's offsets against its source's text,
    /// and the triggers that keep the store append-only. Reads the store once; writes nothing.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Every finding, each naming its table and record; <see cref="VerificationReport.IsClean"/> when there are none.</returns>
    /// <exception cref="StoreAccessException">The database could not be read.</exception>
    Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken = default);

    /// <summary>What the store holds: rows by record type, runs, the schema version and the size of its files.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The counts, read in one snapshot.</returns>
    /// <exception cref="StoreAccessException">The database could not be read.</exception>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
