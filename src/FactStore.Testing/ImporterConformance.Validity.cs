namespace FactStore.Testing;

public static partial class ImporterConformance
{
    private const string ValidCheck = "every record is valid";

    /// <summary>
    /// Every item the importer yields for a valid input is a record (no <see cref="ImportItem.Invalid"/>) that passes
    /// <see cref="StoreRecord.Validate"/>, and the input imports into a new store (prepared by
    /// <see cref="ConformanceOptions.PrepareStoreAsync"/>): every reference resolves, every quote anchors.
    /// </summary>
    /// <param name="importer">The importer to check.</param>
    /// <param name="sampleInput">A small valid input that yields some records.</param>
    /// <param name="options">How the check runs.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>What the import into the new store added.</returns>
    /// <exception cref="ConformanceException">The check failed.</exception>
    public static async Task<ImportResult> RecordsAreValidAsync(IFactImporter importer, ImportInput sampleInput, ConformanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(sampleInput);
        options ??= ConformanceOptions.Default;
        var count = 0;
        await foreach (var item in ReadAsync(importer, sampleInput, options, ValidCheck, cancellationToken).ConfigureAwait(false))
        {
            count++;
            if (item.Record is not StoreRecord record)
            {
                throw new ConformanceException(ValidCheck, importer.Name, $"item {count} ({Where(item.Line)}) of the valid input '{sampleInput.Name}' is invalid: {item.Problem ?? "no record and no problem"}.");
            }

            try
            {
                record.Validate();
            }
            catch (Exception e) when (e is FactStoreException or ArgumentException)
            {
                throw new ConformanceException(ValidCheck, importer.Name, $"item {count} ({Where(item.Line)}), {record.GetType().Name} {record.Id}, does not validate: {Describe(e)}", e);
            }
        }

        if (count == 0)
        {
            throw new ConformanceException(ValidCheck, importer.Name, $"the sample input '{sampleInput.Name}' yielded no records: give a sample that has some, or the other checks prove nothing.");
        }

        await using var store = await TempStore.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            return await store.Database.ImportAsync(importer, sampleInput, Import(options), cancellationToken).ConfigureAwait(false);
        }
        catch (FactStoreException e)
        {
            throw new ConformanceException(ValidCheck, importer.Name, $"importing '{sampleInput.Name}' into a new store failed, so a record refers to one the store does not have or cites a quote not in its source (a store the input needs filled first is prepared by ConformanceOptions.PrepareStoreAsync): {Describe(e)}", e);
        }
    }

    private static ImportOptions Import(ConformanceOptions options, bool force = false, IProgress<ImportProgress>? progress = null) =>
        new() { Limits = options.Limits, Force = force, Progress = progress };

    /// <summary>Enumerates the importer as the store does, turning an error into a failure of the named check.</summary>
    private static async IAsyncEnumerable<ImportItem> ReadAsync(
        IFactImporter importer,
        ImportInput input,
        ConformanceOptions options,
        string check,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var enumerator = importer.ReadAsync(input.WithLimits(options.Limits), cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ConformanceException(check, importer.Name, $"reading '{input.Name}' failed: {Describe(e)}", e);
            }

            yield return enumerator.Current ?? throw new ConformanceException(check, importer.Name, $"the importer yielded a null item reading '{input.Name}'.");
        }
    }
}
