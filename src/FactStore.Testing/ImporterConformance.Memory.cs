namespace FactStore.Testing;

public static partial class ImporterConformance
{
    private const string MemoryCheck = "memory stays bounded";

    /// <summary>
    /// Imports a large generated input (<see cref="ConformanceOptions.LargeInputRecords"/> records, 200,000 by default)
    /// into a new store and checks that the managed heap grows by less than
    /// <see cref="ConformanceOptions.MaxMemoryGrowthBytes"/> (64 MiB by default).
    /// </summary>
    /// <remarks>
    /// <para>What is measured: <see cref="GC.GetTotalMemory(bool)"/> after a full blocking collection, taken 20 times
    /// during the import, each time while the importer is in the middle of its read (just after it yields an item), minus
    /// the same measure taken before the import. So it counts what the importer keeps reachable (a list of every record,
    /// the whole input read into a string) together with what the store keeps (its bounded caches).</para>
    /// <para>What is not measured: native memory (SQLite's page cache, buffers outside the managed heap), the process's
    /// resident set, and garbage that a collection would free. The heap is the process's: tests that run in parallel and
    /// hold memory meanwhile count too, so run this check in a test collection that does not run in parallel.</para>
    /// <para>Make the generated input a file or a stream: <see cref="ImportInput.FromBytes"/> copies its bytes each time
    /// it is opened, and that copy counts.</para>
    /// </remarks>
    /// <param name="importer">The importer to check.</param>
    /// <param name="generate">Makes an input from which the importer yields about the given number of records.</param>
    /// <param name="options">How the check runs.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>What was measured.</returns>
    /// <exception cref="ConformanceException">The check failed.</exception>
    public static async Task<MemoryMeasurement> MemoryStaysBoundedAsync(IFactImporter importer, Func<int, ImportInput> generate, ConformanceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(generate);
        options ??= ConformanceOptions.Default;
        var input = generate(options.LargeInputRecords) ?? throw new ArgumentException("The generator returned null.", nameof(generate));
        await using var store = await TempStore.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var sampling = new SamplingImporter(importer, Math.Max(1, options.LargeInputRecords / 20), baseline);
        await ImportOrFailAsync(store, sampling, input, Import(options), MemoryCheck, "the import of the large input", cancellationToken).ConfigureAwait(false);

        var measured = new MemoryMeasurement
        {
            Records = sampling.Records,
            Samples = sampling.Samples,
            BaselineBytes = baseline,
            PeakGrowthBytes = sampling.PeakGrowth,
            BoundBytes = options.MaxMemoryGrowthBytes,
        };
        if (measured.Samples == 0)
        {
            throw new ConformanceException(MemoryCheck, importer.Name, $"the generated input '{input.Name}' yielded {measured.Records} records, too few to measure: the generator is asked for {options.LargeInputRecords:N0}.");
        }

        if (measured.PeakGrowthBytes > measured.BoundBytes)
        {
            throw new ConformanceException(MemoryCheck, importer.Name, $"importing {measured.Records:N0} records of '{input.Name}', the managed heap after a full collection grew by {Mib(measured.PeakGrowthBytes)}, more than the bound of {Mib(measured.BoundBytes)}: the importer keeps what it read (records, lines, the whole input) instead of streaming it.");
        }

        return measured;
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024.0):0.0} MiB";
}
