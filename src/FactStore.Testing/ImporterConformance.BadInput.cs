namespace FactStore.Testing;

public static partial class ImporterConformance
{
    private const string BadCheck = "bad input names its line";

    /// <summary>
    /// Reading an input with a bad line reports it with its 1-based line: either an <see cref="ImportItem.Invalid"/> item
    /// with <see cref="ImportItem.Line"/>, or an <see cref="InvalidRecordException"/> (or
    /// <see cref="CitationNotFoundException"/>) with <c>Line</c>. A raw exception (<see cref="FormatException"/>,
    /// <see cref="ArgumentException"/>, a JSON error) or an error without a line fails.
    /// </summary>
    /// <param name="importer">The importer to check.</param>
    /// <param name="badInput">An input with a bad line.</param>
    /// <param name="options">How the check runs.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The line reported.</returns>
    /// <exception cref="ConformanceException">The check failed.</exception>
    public static async Task<int> BadInputNamesItsLineAsync(IFactImporter importer, ImportInput badInput, ConformanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(badInput);
        options ??= ConformanceOptions.Default;
        const string Fix = "yield ImportItem.Invalid(problem, line) and go on, or throw new InvalidRecordException(reason, input.Name, line)";
        var records = 0;
        try
        {
            await foreach (var item in importer.ReadAsync(badInput.WithLimits(options.Limits), cancellationToken).ConfigureAwait(false))
            {
                if (item?.Record is not null)
                {
                    records++;
                    continue;
                }

                return item?.Line is int line and > 0
                    ? line
                    : throw new ConformanceException(BadCheck, importer.Name, $"reading '{badInput.Name}', it reported a bad part without a line ({item?.Problem ?? "a null item"}): {Fix}.");
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or ConformanceException))
        {
            var line = e switch
            {
                InvalidRecordException invalid => invalid.Line,
                CitationNotFoundException notFound => notFound.Line,
                _ => null,
            };
            return line is int l and > 0
                ? l
                : throw new ConformanceException(BadCheck, importer.Name, $"reading '{badInput.Name}', it threw {Describe(e)}, which names no line: {Fix}.", e);
        }

        throw new ConformanceException(BadCheck, importer.Name, $"it read the bad input '{badInput.Name}' ({records} records) without reporting anything: {Fix}.");
    }
}
