namespace FactStore;

/// <summary>A fact store: reads, imports and named queries. It never overwrites: every write appends.</summary>
public interface IFactStore : IFactStoreReader
{
    /// <summary>Imports an input with the given importer, in one transaction.</summary>
    /// <param name="importer">The importer.</param>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Cancels the import; nothing of it is written then.</param>
    /// <returns>What was added.</returns>
    /// <exception cref="InvalidRecordException">A record is invalid; nothing was written.</exception>
    /// <exception cref="CitationNotFoundException">A quote is not in its source; nothing was written.</exception>
    Task<ImportResult> ImportAsync(IFactImporter importer, ImportInput input, CancellationToken cancellationToken = default);

    /// <summary>Imports an input with a registered importer, chosen by its <see cref="IFactImporter.Name"/>.</summary>
    /// <param name="importerName">The importer's name.</param>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Cancels the import; nothing of it is written then.</param>
    /// <returns>What was added.</returns>
    /// <exception cref="ArgumentException">No importer with that name is registered.</exception>
    Task<ImportResult> ImportAsync(string importerName, ImportInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports an input with the given importer and options: skipping and reporting bad records, a dry run, a forced
    /// re-import, progress reports, limits. The input is read once.
    /// </summary>
    /// <param name="importer">The importer.</param>
    /// <param name="input">The input.</param>
    /// <param name="options">How to import.</param>
    /// <param name="cancellationToken">Cancels the import; nothing of it is written then.</param>
    /// <returns>What was added (or, for a dry run, would have been), and the bad records skipped.</returns>
    /// <exception cref="InvalidRecordException">
    /// A record is invalid, the input cannot be read, or the importer failed; unless bad records are skipped, nothing was
    /// written. The exception names the input, the line and the record where known.
    /// </exception>
    /// <exception cref="CitationNotFoundException">A quote is not in its source; nothing was written.</exception>
    Task<ImportResult> ImportAsync(IFactImporter importer, ImportInput input, ImportOptions options, CancellationToken cancellationToken = default);

    /// <summary>Imports an input with a registered importer, chosen by its <see cref="IFactImporter.Name"/>, and options.</summary>
    /// <param name="importerName">The importer's name.</param>
    /// <param name="input">The input.</param>
    /// <param name="options">How to import.</param>
    /// <param name="cancellationToken">Cancels the import; nothing of it is written then.</param>
    /// <returns>What was added (or, for a dry run, would have been), and the bad records skipped.</returns>
    /// <exception cref="ArgumentException">No importer with that name is registered.</exception>
    Task<ImportResult> ImportAsync(string importerName, ImportInput input, ImportOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes records directly, in one transaction, with <c>manual</c> provenance: corrections (a fact or stance
    /// with <c>Supersedes</c>), retractions, or anything an app produces itself. Each call is its own import run;
    /// records the store already has are counted as unchanged.
    /// </summary>
    /// <param name="records">The records, each after those it refers to.</param>
    /// <param name="cancellationToken">Cancels the write; nothing of it is written then.</param>
    /// <returns>What was added.</returns>
    Task<ImportResult> WriteAsync(IEnumerable<StoreRecord> records, CancellationToken cancellationToken = default);
}
