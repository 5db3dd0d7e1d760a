namespace FactStore.Testing;

public static partial class ImporterConformance
{
    private const string ReimportCheck = "re-import adds nothing";

    /// <summary>
    /// Importing the same input into a store a second time is recognised (<see cref="ImportResult.AlreadyImported"/>), and
    /// importing it a third time with <see cref="ImportOptions.Force"/> adds nothing: every record has the id it had.
    /// </summary>
    /// <param name="importer">The importer to check.</param>
    /// <param name="input">A valid input.</param>
    /// <param name="options">How the check runs.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="ConformanceException">The check failed.</exception>
    public static async Task ReimportAddsNothingAsync(IFactImporter importer, ImportInput input, ConformanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(input);
        options ??= ConformanceOptions.Default;
        await using var store = await TempStore.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        await ImportOrFailAsync(store, importer, input, Import(options), ReimportCheck, "the first import", cancellationToken).ConfigureAwait(false);

        var second = await ImportOrFailAsync(store, importer, input, Import(options), ReimportCheck, "the second import", cancellationToken).ConfigureAwait(false);
        if (!second.AlreadyImported)
        {
            throw new ConformanceException(ReimportCheck, importer.Name, $"importing '{input.Name}' a second time was not recognised as already imported ({Added(second)}): the importer's Name, Version and Configuration must not change between imports.");
        }

        var forced = await ImportOrFailAsync(store, importer, input, Import(options, force: true), ReimportCheck, "the import with Force", cancellationToken).ConfigureAwait(false);
        if (forced.AddedAnything)
        {
            throw new ConformanceException(ReimportCheck, importer.Name, $"importing '{input.Name}' again with Force added {Added(forced)}: the same input must yield records with the same ids.");
        }
    }

    private static async Task<ImportResult> ImportOrFailAsync(TempStore store, IFactImporter importer, ImportInput input, ImportOptions import, string check, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await store.Database.ImportAsync(importer, input, import, cancellationToken).ConfigureAwait(false);
        }
        catch (FactStoreException e)
        {
            throw new ConformanceException(check, importer.Name, $"{what} of '{input.Name}' failed: {Describe(e)}", e);
        }
    }

    private static string Added(ImportResult result)
    {
        var parts = new[]
        {
            (result.SourcesAdded, "sources"), (result.LocatorsAdded, "locators"), (result.EntitiesAdded, "entities"), (result.AliasesAdded, "aliases"),
            (result.FactsAdded, "facts"), (result.StancesAdded, "stances"), (result.RetractionsAdded, "retractions"), (result.RedactionsAdded, "redactions"),
        }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}").ToList();
        return parts.Count == 0 ? "nothing added" : string.Join(", ", parts);
    }
}
