namespace FactStore.Testing;

public static partial class ImporterConformance
{
    private const string CancelCheck = "cancellation is honoured";

    /// <summary>
    /// A cancelled read stops. Read on its own, the importer's token is cancelled after its first item (before the read
    /// when the input has only one item), and the read must end in an <see cref="OperationCanceledException"/>, not run
    /// to its end. Imported into a store, cancelled the same way, the import throws
    /// <see cref="OperationCanceledException"/> and writes nothing: importing the input afterwards adds what it adds to an
    /// empty store.
    /// </summary>
    /// <param name="importer">The importer to check.</param>
    /// <param name="input">A valid input.</param>
    /// <param name="options">How the check runs.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="ConformanceException">The check failed.</exception>
    public static async Task CancellationIsHonouredAsync(IFactImporter importer, ImportInput input, ConformanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(input);
        options ??= ConformanceOptions.Default;
        var items = (await ItemsAsync(importer, input, options, cancellationToken).ConfigureAwait(false)).Count;
        await ReadCancelledAsync(importer, input, options, cancelAfter: items > 1 ? 1 : 0, cancellationToken).ConfigureAwait(false);

        ImportResult expected;
        await using (var empty = await TempStore.OpenAsync(options, cancellationToken).ConfigureAwait(false))
        {
            expected = await ImportOrFailAsync(empty, importer, input, Import(options), CancelCheck, "an import into an empty store", cancellationToken).ConfigureAwait(false);
        }

        await using var store = await TempStore.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        using (var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var cancelling = new CancellingImporter(importer, cancel, cancelAfter: items > 1 ? 1 : 0);
            try
            {
                var result = await store.Database.ImportAsync(cancelling, input, Import(options), cancel.Token).ConfigureAwait(false);
                throw new ConformanceException(CancelCheck, importer.Name, $"an import of '{input.Name}' cancelled after its first record completed ({Added(result)}) instead of throwing OperationCanceledException.");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            catch (FactStoreException e)
            {
                throw new ConformanceException(CancelCheck, importer.Name, $"an import of '{input.Name}' cancelled after its first record threw {Describe(e)} instead of OperationCanceledException.", e);
            }
        }

        var after = await ImportOrFailAsync(store, importer, input, Import(options), CancelCheck, "the import after the cancelled one", cancellationToken).ConfigureAwait(false);
        if (after.AlreadyImported || Added(after) != Added(expected) || after.Unchanged != expected.Unchanged)
        {
            throw new ConformanceException(CancelCheck, importer.Name, $"the cancelled import of '{input.Name}' left something behind: importing it afterwards gave {(after.AlreadyImported ? "already imported" : Added(after))} with {after.Unchanged} unchanged, where an empty store gives {Added(expected)} with {expected.Unchanged} unchanged.");
        }
    }

    private static async Task ReadCancelledAsync(IFactImporter importer, ImportInput input, ConformanceOptions options, int cancelAfter, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (cancelAfter == 0)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
        }

        var read = 0;
        try
        {
            await foreach (var item in importer.ReadAsync(input.WithLimits(options.Limits), cancel.Token).ConfigureAwait(false))
            {
                if (++read == cancelAfter)
                {
                    await cancel.CancelAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ConformanceException(CancelCheck, importer.Name, $"reading '{input.Name}' with its token cancelled threw {Describe(e)} instead of OperationCanceledException.", e);
        }

        var when = cancelAfter == 0 ? "before the read" : "after the first item";
        throw new ConformanceException(CancelCheck, importer.Name, $"reading '{input.Name}' with its token cancelled {when} ran to its end ({read} items) without an OperationCanceledException: pass the token on to every read and call cancellationToken.ThrowIfCancellationRequested() for each record.");
    }
}
