namespace FactStore.Testing;

public static partial class ImporterConformance
{
    private const string SameCheck = "same input, same records";

    /// <summary>
    /// Reading the same input twice yields the same items in the same order: the same record types and ids, lines and
    /// problems. Ids derived from content make a re-import add nothing; a random, clock or counter value in an identity
    /// field breaks that.
    /// </summary>
    /// <param name="importer">The importer to check.</param>
    /// <param name="input">The input to read twice.</param>
    /// <param name="options">How the check runs.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="ConformanceException">The check failed.</exception>
    public static async Task SameInputSameRecordsAsync(IFactImporter importer, ImportInput input, ConformanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(input);
        options ??= ConformanceOptions.Default;
        var first = await ItemsAsync(importer, input, options, cancellationToken).ConfigureAwait(false);
        var second = await ItemsAsync(importer, input, options, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < Math.Min(first.Count, second.Count); i++)
        {
            if (first[i] != second[i])
            {
                throw new ConformanceException(SameCheck, importer.Name, $"reading '{input.Name}' twice, item {i + 1} was {first[i]} the first time and {second[i]} the second: ids must come from the content (no Guid, clock, random or counter kept between reads) and the order from the input.");
            }
        }

        if (first.Count != second.Count)
        {
            throw new ConformanceException(SameCheck, importer.Name, $"reading '{input.Name}' twice yielded {first.Count} items the first time and {second.Count} the second.");
        }
    }

    private static async Task<List<string>> ItemsAsync(IFactImporter importer, ImportInput input, ConformanceOptions options, CancellationToken cancellationToken)
    {
        var items = new List<string>();
        await foreach (var item in ReadAsync(importer, input, options, SameCheck, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item.Record is StoreRecord record
                ? $"{record.GetType().Name} {record.Id} ({Where(item.Line)})"
                : $"invalid ({Where(item.Line)}: {item.Problem})");
        }

        return items;
    }
}
